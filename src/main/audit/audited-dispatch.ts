// The audit log around the dispatch: every call runs with a commit hook, so the entry for a change
// is written inside the change's own transaction — it commits with it or not at all. Prints, saves,
// exports and backups are logged right after their file was written, in a transaction of their own.
// A write made outside any transaction (autocommit) is logged the same way right after the call: the
// only case with a window between change and entry, and no service writes a person's record so.
import { userInfo } from 'node:os'
import type { Kysely } from 'kysely'
import { contract } from '@shared/contract'
import type { Channel } from '@shared/channels'
import type { Dispatch, Result } from '@shared/result'
import { withBeforeCommit, type InTransaction } from '../db/commit-hooks'
import type { Database } from '../db/schema'
import { AUDITED } from './audit-actions'
import { captureQueries, hasTouched, installAuditCapture } from './audit-capture'
import { insertEntryQuery, insertPeopleQuery, type NewEntry } from './audit.repo'

export interface AuditTarget {
  /** The database of the moment: a restore swaps it during the call. */
  readonly database: { db: Kysely<Database> }
}

export function currentUserName(): string {
  try {
    return userInfo().username
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? ''
  }
}

export function auditedDispatch(
  target: AuditTarget,
  dispatch: Dispatch,
  options: { userName?: string; now?: () => Date } = {},
): Dispatch {
  const userName = options.userName ?? currentUserName()
  const now = options.now ?? (() => new Date())
  const db = () => target.database.db

  return async (channel, input) => {
    const spec = AUDITED[channel]
    const entry = (action: string, subject: string, detail = ''): NewEntry => ({
      at: now().toISOString(),
      action,
      subject,
      detail,
      userName,
    })
    const state: { entryId: number | null; pending: NewEntry | null; people: number[] } = {
      entryId: null,
      pending: spec?.when === 'change' ? entry(spec.action, channel) : null,
      people: [],
    }

    const hook = async (run: InTransaction) => {
      const q = captureQueries(db())
      await run(q.ensure)
      const touched = (await run(q.touched)).map((r) => r.participant_id)
      if (touched.length > 0) await run(q.clear)
      if (state.entryId === null) {
        if (touched.length === 0 && !state.pending) return
        const [row] = await run(insertEntryQuery(db(), state.pending ?? entry('zmiana', channel)))
        state.entryId = row!.id
        state.pending = null
      }
      const people = [...touched, ...state.people]
      state.people = []
      if (people.length > 0) await run(insertPeopleQuery(db(), state.entryId, people))
    }
    const flush = () =>
      withBeforeCommit(hook, () =>
        db()
          .transaction()
          .execute(async () => undefined),
      )

    await installAuditCapture(db())
    const result = await withBeforeCommit(hook, () => dispatch(channel, input))
    try {
      if (spec?.when === 'after' && result.ok && spec.done(result.data)) {
        const parsed: unknown = contract[channel as Channel].input.parse(input)
        await installAuditCapture(db())
        state.entryId = null
        state.pending = entry(spec.action, spec.subject(parsed), spec.detail?.(parsed, result.data))
        state.people = (await spec.people?.(db(), parsed)) ?? []
        await flush()
      } else if ((state.pending && result.ok) || (await hasTouched(db()))) {
        await flush()
      }
    } catch {
      return notLogged(result)
    }
    return result
  }
}

function notLogged(result: Result<unknown>): Result<unknown> {
  const done = result.ok ? 'Czynność została wykonana, ale' : 'Czynność nie powiodła się, a ponadto'
  return {
    ok: false,
    error: {
      code: 'DATABASE',
      message: `${done} nie udało się zapisać wpisu w rejestrze czynności. Sprawdź miejsce na dysku i zgłoś to administratorowi.`,
    },
  }
}
