// Art. 18a ust. 6 pkt 4 ustawy o zatrudnieniu socjalnym: "rozliczenie przyznanych dotacji za rok poprzedni".
import { describe, expect, it } from 'vitest'
import { grantInput, grantSettlementText, grantUnsettledGr } from './report-grants'

describe('grant settlement (art. 18a ust. 6 pkt 4)', () => {
  it('is settled when used + returned = granted', () => {
    expect(grantUnsettledGr({ grantedGr: 5_000_000, usedGr: 4_820_050, returnedGr: 179_950 })).toBe(0)
    expect(grantSettlementText({ grantedGr: 5_000_000, usedGr: 4_820_050, returnedGr: 179_950 })).toBe(
      'rozliczona',
    )
  })

  it('flags money neither used nor returned, and more used and returned than granted', () => {
    expect(grantSettlementText({ grantedGr: 1_000_000, usedGr: 900_000, returnedGr: 0 })).toMatch(
      /^NIEZGODNOŚĆ: 1\u00a0000,00\u00a0zł ani/,
    )
    expect(grantSettlementText({ grantedGr: 100, usedGr: 100, returnedGr: 1 })).toMatch(
      /o 0,01\u00a0zł więcej/,
    )
  })

  it('takes amounts in złoty to the grosz and refuses a negative one with a Polish message', () => {
    const ok = grantInput.parse({
      id: null,
      year: 2025,
      name: 'dotacja wojewody',
      granted: 1234.56,
      used: 1000,
      returned: 234.56,
      notes: '',
    })
    expect(ok).toMatchObject({ grantedGr: 123_456, usedGr: 100_000, returnedGr: 23_456 })
    const bad = grantInput.safeParse({
      id: null,
      year: 2025,
      name: '',
      granted: -1,
      used: 0,
      returned: 0,
      notes: '',
    })
    expect(bad.error!.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'Przyznano: kwota nie może być ujemna.',
        'Podaj nazwę dotacji i kto jej udzielił (np. dotacja celowa wojewody).',
      ]),
    )
  })
})
