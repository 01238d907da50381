// The screen lock: an optional password asked at start and after inactivity; a recovery code resets it.
import { z } from './zod-pl'

export const DEFAULT_LOCK_TIMEOUT_MIN = 10
export const MIN_PASSWORD_LENGTH = 8

const timeoutMin = z
  .number({ error: 'Podaj liczbę minut.' })
  .int('Liczba minut musi być całkowita.')
  .min(1, 'Blokada po co najmniej 1 minucie bezczynności.')
  .max(240, 'Blokada po najwyżej 240 minutach bezczynności.')

const password = z.string().max(200, 'Hasło może mieć najwyżej 200 znaków.')
const newPassword = password.min(
  MIN_PASSWORD_LENGTH,
  `Hasło musi mieć co najmniej ${MIN_PASSWORD_LENGTH} znaków.`,
)

export const lockStatus = z.object({
  enabled: z.boolean(),
  locked: z.boolean(),
  timeoutMin: z.number().int(),
  /** Seconds until the next attempt is accepted after wrong passwords (0 = now). */
  retryAfterSec: z.number().int().min(0),
})
export type LockStatus = z.infer<typeof lockStatus>

export const unlockInput = z.strictObject({ password: password.min(1, 'Wpisz hasło.') })

export const lockSetupInput = z.strictObject({
  /** Empty when no password is set yet. */
  currentPassword: password,
  newPassword,
  timeoutMin,
})
export const lockConfigureInput = z.strictObject({ timeoutMin })
export const lockDisableInput = z.strictObject({ currentPassword: password.min(1, 'Wpisz obecne hasło.') })
export const lockRecoverInput = z.strictObject({
  recoveryCode: z
    .string()
    .trim()
    .min(1, 'Wpisz kod odzyskiwania.')
    .max(60, 'Kod odzyskiwania jest za długi.'),
  newPassword,
})

/** The recovery code is shown (and may be printed) once; only its hash is kept. */
export const lockSetupResult = z.object({ recoveryCode: z.string(), status: lockStatus })
export type LockSetupResult = z.infer<typeof lockSetupResult>

/** Five groups of four letters and digits, without look-alikes (0/O, 1/I/L). */
export const RECOVERY_CODE = /^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){4}$/
