// Counts the statements a Kysely instance runs (issue 16: screens and saves in a fixed number of
// them). Counted on each query's result, so queries compiled by hand (db/many-rows.ts) count as well
// as built ones; a transaction's BEGIN and COMMIT are not queries and do not.
import type { Kysely, KyselyPlugin } from 'kysely'

export function countingStatements<DB>(db: Kysely<DB>) {
  let statements = 0
  const counting: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => (statements++, args.result),
  }
  return {
    db: db.withPlugin(counting),
    /** What `work` answers and the statements it ran. */
    async statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
      statements = 0
      const result = await work()
      return { result, statements }
    },
  }
}
