import { ApiCallError, notifyError } from '../../api/client'

/** A refused save: field messages from main go onto the form (without an input's "data." prefix),
 * and the Polish message is shown. */
export function showRefusal(
  form: { setErrors: (errors: Record<string, string>) => void },
  error: unknown,
): void {
  if (error instanceof ApiCallError && error.error.fields) {
    form.setErrors(
      Object.fromEntries(Object.entries(error.error.fields).map(([k, m]) => [k.replace(/^data\./, ''), m])),
    )
  }
  notifyError(error)
}
