// What crosses the bridge: a value or a Polish error, never an exception or a stack trace.

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNKNOWN_CHANNEL'
  | 'DATABASE'
  | 'INTERNAL'
  /** The screen is locked: only the lock's own channels answer. */
  | 'LOCKED'

export interface ApiError {
  code: ErrorCode
  message: string
  /** Field path (dot-joined) → Polish message, for forms. */
  fields?: Record<string, string>
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** One call across the bridge as main answers it: a channel name and its input in, a Result out. */
export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>
