import { ApiCallError, notifyError } from './client'

/**
 * A refused save: field messages from main go onto the forms (without an input's "data." prefix; each
 * form shows the fields it has), and the Polish message is shown.
 */
export function showRefusal(
  forms:
    | { setErrors: (errors: Record<string, string>) => void }
    | { setErrors: (errors: Record<string, string>) => void }[],
  error: unknown,
): void {
  if (error instanceof ApiCallError && error.error.fields) {
    const fields = Object.fromEntries(
      Object.entries(error.error.fields).map(([k, m]) => [k.replace(/^data\./, ''), m]),
    )
    for (const form of Array.isArray(forms) ? forms : [forms]) form.setErrors(fields)
  }
  notifyError(error)
}
