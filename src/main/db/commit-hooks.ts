// A hook that runs inside a transaction, on its connection, just before COMMIT: whatever it writes
// commits or rolls back together with the transaction. The audit log uses it so that no change of a
// person's record is committed without its log entry. The hook is scoped to one async call chain
// (one IPC call), so concurrent calls never see each other's hook.
import { AsyncLocalStorage } from 'node:async_hooks'
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  TransactionSettings,
} from 'kysely'

/** Runs compiled queries on the committing transaction's connection. */
export type InTransaction = <R>(query: CompiledQuery<R>) => Promise<R[]>
export type BeforeCommit = (run: InTransaction) => Promise<void>

const scope = new AsyncLocalStorage<BeforeCommit>()

/** Runs `call`; every transaction that commits inside it runs `hook` first, on its own connection. */
export function withBeforeCommit<T>(hook: BeforeCommit, call: () => Promise<T>): Promise<T> {
  return scope.run(hook, call)
}

/** The dialect, with its driver's commit preceded by the current call's hook (if any). */
export function withCommitHooks(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new HookedDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  }
}

class HookedDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init()
  }
  acquireConnection(): Promise<DatabaseConnection> {
    return this.inner.acquireConnection()
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings)
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const hook = scope.getStore()
    if (hook) {
      await hook(async <R>(query: CompiledQuery<R>) => (await connection.executeQuery<R>(query)).rows)
    }
    await this.inner.commitTransaction(connection)
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection)
  }
  savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.savepoint!(connection, name, compile)
  }
  rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.rollbackToSavepoint!(connection, name, compile)
  }
  releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.releaseSavepoint!(connection, name, compile)
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection)
  }
  destroy(): Promise<void> {
    return this.inner.destroy()
  }
}
