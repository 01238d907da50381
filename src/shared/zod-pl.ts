// Zod's own Polish messages for anything a schema does not word itself (wrong types, extra keys…).
import { z } from 'zod'

z.config(z.locales.pl())

export { z }
