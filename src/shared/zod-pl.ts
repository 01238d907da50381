// Zod for the shared schemas: its own Polish messages for anything a schema does not word itself (wrong
// types, extra keys…), and the checked z.string() of zod-checked.ts. jitless: no compiled parsers
// (new Function), so the renderer's CSP without 'unsafe-eval' never has to refuse one; the results are
// the same.
import * as z from './zod-checked'

z.config({ ...z.locales.pl(), jitless: true })

export { z }
