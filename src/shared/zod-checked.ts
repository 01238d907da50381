// The zod namespace every shared schema uses, with one change: z.string() drops bidi override
// characters (which can make a stored name or number read as another) and refuses a text made only of
// invisible characters (NUL and other control or format characters), which a form cannot show and a
// database column would keep as a blank "name". Each schema gets both without asking.
import { string as zodString, type ZodString } from 'zod'
import { onlyInvisible, stripBidiControls } from './text'

export * from 'zod'

export const INVISIBLE_ONLY =
  'Tekst składa się tylko ze znaków niewidocznych (np. NUL) — wpisz treść albo zostaw pole puste.'

export function string(params?: Parameters<typeof zodString>[0]): ZodString {
  return zodString(params)
    .overwrite(stripBidiControls)
    .refine((text) => !onlyInvisible(text), INVISIBLE_ONLY)
}
