// Zod for the shared schemas: its own Polish messages for anything a schema does not word itself (wrong
// types, extra keys…), and the checked z.string() of zod-checked.ts.
import * as z from './zod-checked'

z.config(z.locales.pl())

export { z }
