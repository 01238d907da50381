// The one checked entry for every channel: parse the input with the contract's schema, run the
// handler, check the output, and answer with a Result. Nothing else reaches a service.
import type { z } from 'zod'
import { contract, type Output, type ParsedInput } from '@shared/contract'
import { CHANNELS, type Channel } from '@shared/channels'
import type { ApiError, Dispatch, Result } from '@shared/result'
import { pluralPl } from '@shared/text'
import { DomainError } from '../errors'

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> }
export type { Dispatch }

const KNOWN = new Set<string>(CHANNELS)

export function createDispatch(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = logError,
): Dispatch {
  return async (channel, input) => {
    if (!KNOWN.has(channel)) {
      return fail({ code: 'UNKNOWN_CHANNEL', message: 'Nieznane polecenie — uruchom program ponownie.' })
    }
    const spec = contract[channel as Channel]
    const parsed = spec.input.safeParse(input)
    if (!parsed.success) return fail(invalidInput(parsed.error))
    try {
      const handler = handlers[channel as Channel] as (input: unknown) => unknown
      const output = spec.output.safeParse(await handler(parsed.data))
      if (!output.success) {
        log(`Niezgodna odpowiedź kanału ${channel}`, output.error)
        return fail({
          code: 'INTERNAL',
          message: 'Program zwrócił nieoczekiwane dane. Zgłoś to administratorowi.',
        })
      }
      return { ok: true, data: output.data }
    } catch (error) {
      if (error instanceof DomainError) return fail(error.toApiError())
      log(`Błąd w kanale ${channel}`, error)
      const code = sqliteCode(error)
      if (code) return fail({ code: 'DATABASE', message: databaseMessage(code) })
      return fail({ code: 'INTERNAL', message: 'Wystąpił nieoczekiwany błąd. Nic nie zostało zmienione.' })
    }
  }
}

function fail(error: ApiError): Result<never> {
  return { ok: false, error }
}

function invalidInput(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.')
    if (path && !(path in fields)) fields[path] = issue.message
  }
  const first = error.issues[0]?.message ?? 'Nieprawidłowe dane.'
  const more = error.issues.length - 1
  const message =
    more > 0 ? `${first} (oraz ${more} ${pluralPl(more, 'inny błąd', 'inne błędy', 'innych błędów')})` : first
  return { code: 'INVALID_INPUT', message, fields }
}

function sqliteCode(error: unknown): string | null {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null
}

const UNCHANGED = 'Zmiana nie została zapisana.'

/** What the coordinator can do about a database failure; the exact cause goes to the log. */
function databaseMessage(code: string): string {
  if (code.startsWith('SQLITE_READONLY'))
    return `Baza danych jest tylko do odczytu (brak prawa zapisu do pliku lub folderu albo nośnik tylko do odczytu). ${UNCHANGED} Sprawdź uprawnienia albo przenieś bazę.`
  if (code === 'SQLITE_FULL')
    return `Brak miejsca na dysku z bazą danych. ${UNCHANGED} Zwolnij miejsce na dysku i spróbuj ponownie.`
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN'))
    return `Błąd zapisu lub odczytu dysku z bazą danych (np. odłączony dysk sieciowy albo pendrive). ${UNCHANGED} Sprawdź nośnik i spróbuj ponownie.`
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return `Baza danych jest zajęta przez inny program. ${UNCHANGED} Spróbuj ponownie za chwilę.`
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return `Plik bazy danych jest uszkodzony. ${UNCHANGED} Przywróć ostatnią kopię zapasową (Kopie zapasowe).`
  return 'Baza danych odmówiła zapisu. Nic nie zostało zmienione.'
}

function logError(message: string, error: unknown): void {
  // Only the error's kind, code and message: never the input, which may carry personal data.
  const code = error instanceof Error ? Reflect.get(error, 'code') : undefined
  const kind = error instanceof Error ? `${error.name}${typeof code === 'string' ? ` (${code})` : ''}` : ''
  console.error(message, error instanceof Error ? `${kind}: ${error.message}` : String(error))
}
