import { describe, expect, it } from 'vitest'
import { participantInput } from './participant.schema'
import { z } from './zod-pl'
import { INVISIBLE_ONLY } from './zod-checked'

describe('the shared z.string()', () => {
  it.each(['\u0000', '\u0000\u0000', ' \u0000 ', '\u200b', '\u0001\t\u001f', '\u200e'])(
    'refuses %j: nothing visible, only control or format characters',
    (text) => {
      expect(z.string().safeParse(text).error?.issues[0]?.message).toBe(INVISIBLE_ONLY)
      expect(z.string().trim().max(10).safeParse(text).success).toBe(false)
    },
  )

  it.each(['', '   ', 'Anna', 'Żółć', '👩‍👩‍👧', 'a\u0000b'])('accepts %j', (text) => {
    expect(z.string().safeParse(text).success).toBe(true)
  })

  it('reaches every schema built from it, with the field named', () => {
    const result = participantInput.safeParse({ lastName: '\u0000' })
    expect(result.error?.issues.find((i) => i.path[0] === 'lastName')?.message).toBe(INVISIBLE_ONLY)
  })
})
