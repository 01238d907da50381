// The database files this process has open, so that nothing the app writes where the user points
// can land on one of them (see platform/user-files.ts).
const open = new Map<string, number>()

export function registerOpenDatabase(file: string): () => void {
  open.set(file, (open.get(file) ?? 0) + 1)
  let registered = true
  return () => {
    if (!registered) return
    registered = false
    const count = (open.get(file) ?? 1) - 1
    if (count > 0) open.set(file, count)
    else open.delete(file)
  }
}

export function openDatabaseFiles(): string[] {
  return [...open.keys()]
}
