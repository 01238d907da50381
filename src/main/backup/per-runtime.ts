// State that belongs to one runtime rather than to its services: the services are rebuilt after a
// restore swaps the database, while the swap gate, the progress and the restore offers live on.

/** `create()` once per runtime object (the Electron app has one; each e2e app its own). */
export function perRuntime<T>(create: () => T): (runtime: object) => T {
  const values = new WeakMap<object, T>()
  return (runtime) => {
    let value = values.get(runtime)
    if (value === undefined) {
      value = create()
      values.set(runtime, value)
    }
    return value
  }
}
