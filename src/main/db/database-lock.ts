// One person at a time on one database file, also across Windows accounts and computers sharing a
// folder: a lock file beside the database names its holder (machine, user, process, since when) and
// a heartbeat keeps it fresh. SQLite's own locks guard single writes only, so without this a second
// program on the same file would meet random "database is locked" failures instead of one refusal.
import { randomUUID } from 'node:crypto'
import {
  closeSync,
  ftruncateSync,
  linkSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { hostname, userInfo } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import { formatDateTime } from '@shared/dates'
import { lockPath } from './data-folder'
import { DatabaseOpenError } from './open-error'

export const HEARTBEAT_MS = 60_000
/** A lock whose heartbeat is older than this belongs to a program that stopped (crash, power cut, sleep). */
export const STALE_AFTER_MS = 5 * 60_000
/** A lock file that cannot be read may be in the middle of being written by the one who creates it. */
const UNREADABLE_GRACE_MS = 10_000

const lockHolder = z.object({
  machine: z.string(),
  user: z.string(),
  pid: z.number().int(),
  startedAt: z.string(),
  heartbeatAt: z.string(),
  token: z.string(),
})
export type LockHolder = z.infer<typeof lockHolder>

/** Who is asking: this process on this computer. */
export interface LockClaimant {
  machine: string
  user: string
  pid: number
}

export interface FoundLock {
  /** Null when the file could not be read as a lock (empty, cut short, foreign). */
  holder: LockHolder | null
  modifiedAt: Date
}

export type LockVerdict = { kind: 'free'; reason: string } | { kind: 'held'; holder: LockHolder | null }

/** Whether an existing lock still stands. Pure: every case is tested without processes or clocks. */
export function judgeLock(
  found: FoundLock,
  me: LockClaimant,
  now: Date,
  isAlive: (pid: number) => boolean,
): LockVerdict {
  const { holder } = found
  if (!holder) {
    return now.getTime() - found.modifiedAt.getTime() > UNREADABLE_GRACE_MS
      ? { kind: 'free', reason: 'nieczytelny plik blokady' }
      : { kind: 'held', holder: null }
  }
  if (holder.machine.toLowerCase() === me.machine.toLowerCase()) {
    // A lock with our own pid is ours from an earlier open (or from a dead program whose pid we got).
    if (holder.pid === me.pid) return { kind: 'free', reason: 'blokada tego samego procesu' }
    if (!isAlive(holder.pid)) return { kind: 'free', reason: 'program, który ją założył, już nie działa' }
  }
  const beat = Math.max(Date.parse(holder.heartbeatAt) || 0, found.modifiedAt.getTime())
  if (now.getTime() - beat > STALE_AFTER_MS) return { kind: 'free', reason: 'blokada nie była odświeżana' }
  return { kind: 'held', holder }
}

export class DatabaseLockedError extends DatabaseOpenError {
  override name = 'DatabaseLockedError'
  constructor(
    dbFile: string,
    readonly holder: LockHolder | null,
  ) {
    super(lockedMessage(dbFile, holder))
  }
}

function lockedMessage(dbFile: string, holder: LockHolder | null): string {
  const name = basename(dbFile)
  if (!holder) {
    return `Baza ${name} jest właśnie otwierana przez inny program (plik ${basename(lockPath(dbFile))}). Spróbuj ponownie za chwilę.`
  }
  const minutes = STALE_AFTER_MS / 60_000
  return (
    `Baza ${name} jest już otwarta: użytkownik ${holder.user} na komputerze ${holder.machine} ` +
    `(od ${formatDateTime(holder.startedAt)}). Na jednym pliku bazy może naraz pracować tylko jedna osoba — ` +
    `zamknij program na tamtym komputerze albo poczekaj. Jeśli tam program już nie działa (np. komputer ` +
    `wyłączono), blokada wygaśnie sama po ${minutes} minutach. Baza nie została zmieniona.`
  )
}

export interface DatabaseLock {
  readonly path: string
  release(): void
}

export interface LockOptions {
  me?: LockClaimant
  now?: () => Date
  isAlive?: (pid: number) => boolean
  heartbeatMs?: number
}

/** Takes the lock beside `dbFile`, or throws DatabaseLockedError naming who holds it. */
export function acquireDatabaseLock(dbFile: string, options: LockOptions = {}): DatabaseLock {
  const path = lockPath(dbFile)
  const me = options.me ?? currentClaimant()
  const now = options.now ?? (() => new Date())
  const token = randomUUID()
  const startedAt = now().toISOString()
  const content = () =>
    JSON.stringify({ ...me, startedAt, heartbeatAt: now().toISOString(), token } satisfies LockHolder)
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusively(path, content())) return keepLock(path, token, content, options.heartbeatMs)
    const found = readLock(path)
    if (!found) continue
    const verdict = judgeLock(found, me, now(), options.isAlive ?? processIsAlive)
    if (verdict.kind === 'held') throw new DatabaseLockedError(dbFile, verdict.holder)
    // Whoever removes a stale lock, only one of the takers wins the exclusive create that follows.
    rmSync(path, { force: true })
  }
  throw new DatabaseLockedError(dbFile, null)
}

/** The lock file's holder and age, or null when there is no lock file. */
export function readLock(path: string): FoundLock | null {
  let modifiedAt: Date
  let text: string
  try {
    modifiedAt = statSync(path).mtime
    text = readFileSync(path, 'utf8')
  } catch {
    return null
  }
  let holder: LockHolder | null
  try {
    const parsed = lockHolder.safeParse(JSON.parse(text))
    holder = parsed.success ? parsed.data : null
  } catch {
    holder = null
  }
  return { holder, modifiedAt }
}

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL'])

/**
 * Creates the lock file with its whole content or not at all: the content goes to a temporary file
 * first and is hard-linked under the lock's name, which fails when the lock exists. Where hard links
 * are not available (FAT sticks, some shares), an exclusive create and a write.
 */
function createExclusively(path: string, content: string): boolean {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
  try {
    writeFileSync(temporary, content, { flag: 'wx' })
    linkSync(temporary, path)
    return true
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EEXIST') return false
    if (code && LINK_UNSUPPORTED.has(code)) return createWithOpen(path, content)
    throw error
  } finally {
    rmSync(temporary, { force: true })
  }
}

function createWithOpen(path: string, content: string): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx')
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, content)
  } finally {
    closeSync(fd)
  }
  return true
}

/** Keeps the lock file open and its heartbeat fresh until released. */
function keepLock(
  path: string,
  token: string,
  content: () => string,
  heartbeatMs = HEARTBEAT_MS,
): DatabaseLock {
  const fd = openSync(path, 'r+')
  let released = false
  const beat = () => {
    // Taken over while we were away (asleep past the stale time): leave the new holder's file alone.
    if (readLock(path)?.holder?.token !== token) return clearInterval(timer)
    const text = Buffer.from(content())
    writeSync(fd, text, 0, text.length, 0)
    ftruncateSync(fd, text.length)
  }
  const timer = setInterval(beat, heartbeatMs)
  timer.unref()
  return {
    path,
    release() {
      if (released) return
      released = true
      clearInterval(timer)
      closeSync(fd)
      if (readLock(path)?.holder?.token === token) unlinkSync(path)
    },
  }
}

function currentClaimant(): LockClaimant {
  let user: string
  try {
    user = userInfo().username
  } catch {
    user = process.env.USERNAME ?? process.env.USER ?? 'nieznany'
  }
  return { machine: hostname(), user, pid: process.pid }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another account.
    return errorCode(error) === 'EPERM'
  }
}

function errorCode(error: unknown): string | undefined {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined
  return typeof code === 'string' ? code : undefined
}
