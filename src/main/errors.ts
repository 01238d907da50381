import type { ApiError, ErrorCode } from '@shared/result'

/** A refusal the user should read: its message is Polish and safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'DomainError'
  }

  toApiError(): ApiError {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message }
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `Nie znaleziono: ${what}. Mógł zostać usunięty — odśwież listę.`)
}
