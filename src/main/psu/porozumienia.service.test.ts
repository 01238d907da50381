import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { porozumienieInput } from '@shared/psu-porozumienia.schema'
import { periodOn } from '@shared/psu-porozumienia.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createPsu } from '../../../tests/support/psu-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let psu: ReturnType<typeof createPsu>

beforeEach(async () => {
  temp = await createTempDatabase()
  psu = createPsu(temp.database.db, () => new Date('2026-03-10T09:00:00.000Z'))
})

afterEach(async () => {
  await temp.cleanup()
})

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => expect.unreachable('expected a refusal'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

function issues(form: Parameters<typeof psu.porozumienieForm>[0]): Record<string, string> {
  const result = porozumienieInput.safeParse(psu.porozumienieForm(form))
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('porozumienie input', () => {
  it('holds an old-regime porozumienie to 10 hours a week and 60 % of the minimum rate', () => {
    const old = {
      signedOn: '2025-05-20',
      periodFrom: '2025-06-01',
      periodTo: '2025-12-31',
      rates: [{ validFrom: '2025-06-01', rateGr: 1220 }],
    }
    expect(issues({ ...old, weeklyLimitMin: 600 })).toEqual({})
    expect(issues({ ...old, weeklyLimitMin: null }).weeklyLimitMin).toMatch(/najwyżej 10 h/)
    expect(issues({ ...old, weeklyLimitMin: 630 }).weeklyLimitMin).toMatch(/najwyżej 10 h/)
    expect(issues({ ...old, weeklyLimitMin: 600, refundShareBp: 6500 }).refundShareBp).toMatch(/60%/)
    expect(issues({ ...old, weeklyLimitMin: 600, refundBase: 'stawka_wyplacona' }).refundBase).toMatch(
      /minimalnej stawki/,
    )
  })

  it('takes a new-regime porozumienie’s own values ([U] rules)', () => {
    expect(
      issues({
        weeklyLimitMin: null,
        refundShareBp: 8000,
        refundBase: 'stawka_wyplacona',
        monthlyLimitMin: 3000,
      }),
    ).toEqual({})
  })

  it('refuses a reversed period, a first rate not on the first day, rates outside the period and twin rates', () => {
    expect(issues({ periodFrom: '2026-12-31', periodTo: '2026-01-01' }).periodTo).toMatch(
      /nie może być wcześniejszy/,
    )
    expect(issues({ rates: [{ validFrom: '2026-02-01', rateGr: 1250 }] }).rates).toMatch(
      /od początku porozumienia \(01\.01\.2026\)/,
    )
    expect(
      issues({
        rates: [
          { validFrom: '2026-01-01', rateGr: 1250 },
          { validFrom: '2027-01-01', rateGr: 1300 },
        ],
      }).rates,
    ).toMatch(/poza okresem/)
    expect(
      issues({
        rates: [
          { validFrom: '2026-01-01', rateGr: 1250 },
          { validFrom: '2026-01-01', rateGr: 1300 },
        ],
      }).rates,
    ).toMatch(/tego samego dnia/)
    expect(issues({ rates: [] }).rates).toMatch(/stawkę godzinową/)
    expect(issues({ monthlyLimitMin: 2415 }).monthlyLimitMin).toMatch(/połówkach/)
    expect(issues({ refundShareBp: 60.5 }).refundShareBp).toMatch(/0,01%/)
  })
})

describe('porozumienia service', () => {
  it('derives the regime and its legal basis from the signing date', async () => {
    const old = await psu.porozumienie({
      number: 'PSU/7/2025',
      signedOn: '2025-05-30',
      periodFrom: '2025-06-01',
      periodTo: '2025-12-31',
      weeklyLimitMin: 600,
      rates: [{ validFrom: '2025-06-01', rateGr: 1220 }],
    })
    const current = await psu.porozumienie({ number: 'PSU/1/2026', signedOn: '2025-06-01' })
    expect(old).toMatchObject({ regime: 'stary', legalBasis: expect.stringMatching(/art\. 73a/) })
    expect(current).toMatchObject({
      regime: 'nowy',
      legalBasis: expect.stringMatching(/Dz\.U\. 2025 poz\. 620/),
    })
  })

  it('keeps rate periods in order so a rate change within the porozumienie applies from its day', async () => {
    const saved = await psu.porozumienie({
      rates: [
        { validFrom: '2026-07-01', rateGr: 1300 },
        { validFrom: '2026-01-01', rateGr: 1250 },
      ],
    })
    expect(saved.rates).toEqual([
      { validFrom: '2026-01-01', rateGr: 1250 },
      { validFrom: '2026-07-01', rateGr: 1300 },
    ])
    expect(periodOn(saved.rates, '2026-06-30')?.rateGr).toBe(1250)
    expect(periodOn(saved.rates, '2026-07-01')?.rateGr).toBe(1300)
    expect(periodOn(saved.rates, '2025-12-31')).toBeNull()
  })

  it('refuses a duplicate number and a period that no longer covers its assignments', async () => {
    const porozumienie = await psu.porozumienie()
    expect((await refusal(psu.porozumienie({ number: 'psu/1/2026' }))).code).toBe('CONFLICT')
    const workplace = await psu.workplace()
    const position = await psu.position(workplace.id)
    const person = await psu.person('Ewa', 'Lis')
    await psu.assignment({
      participantId: person.id,
      positionId: position.id,
      porozumienieId: porozumienie.id,
    })
    const shorter = porozumienieInput.parse(psu.porozumienieForm({ periodTo: '2026-05-31' }))
    const error = await refusal(psu.porozumienia.update(porozumienie.id, shorter))
    expect(error.message).toMatch(/od 05\.01\.2026 do 30\.06\.2026/)
    expect((await refusal(psu.porozumienia.remove(porozumienie.id))).message).toMatch(/ma 1 przydział/)
  })

  it('refuses lowering a limit below hours already entered', async () => {
    const porozumienie = await psu.porozumienie({ weeklyLimitMin: 600 })
    const workplace = await psu.workplace()
    const position = await psu.position(workplace.id)
    const person = await psu.person('Ewa', 'Lis')
    const a = await psu.assignment({
      participantId: person.id,
      positionId: position.id,
      porozumienieId: porozumienie.id,
    })
    await psu.timesheets.save({
      assignmentId: a.id,
      month: '2026-03',
      entries: [
        { date: '2026-03-02', minutes: 300, absence: null },
        { date: '2026-03-04', minutes: 240, absence: null },
        { date: '2026-03-09', minutes: 300, absence: null },
      ],
    })
    const lowerWeek = porozumienieInput.parse(psu.porozumienieForm({ weeklyLimitMin: 480 }))
    expect((await refusal(psu.porozumienia.update(porozumienie.id, lowerWeek))).message).toBe(
      'W tygodniu od 02.03.2026 jedna osoba ma już wpisane 9 h — limit tygodniowy nie może być niższy.',
    )
    const lowerMonth = porozumienieInput.parse(
      psu.porozumienieForm({ weeklyLimitMin: 600, monthlyLimitMin: 780 }),
    )
    expect((await refusal(psu.porozumienia.update(porozumienie.id, lowerMonth))).message).toBe(
      'W miesiącu marzec 2026 jedna osoba ma już wpisane 14 h — limit miesięczny nie może być niższy.',
    )
    const fine = porozumienieInput.parse(psu.porozumienieForm({ weeklyLimitMin: 540, monthlyLimitMin: 840 }))
    expect((await psu.porozumienia.update(porozumienie.id, fine)).monthlyLimitMin).toBe(840)
  })

  it('deletes a porozumienie without assignments together with its rates', async () => {
    const porozumienie = await psu.porozumienie()
    await psu.porozumienia.remove(porozumienie.id)
    expect(await psu.porozumienia.list()).toEqual([])
    expect(temp.database.sqlite.prepare('SELECT count(*) FROM psu_porozumienie_rates').pluck().get()).toBe(0)
  })
})

describe('porozumienie terms (§ 3 of the 2017 regulation, Dz.U. 2017 poz. 2447; the 2025 act, Dz.U. 2025 poz. 620)', () => {
  it('has no refund default under the 2025 act: the share and base are taken only from the porozumienie', () => {
    const nowy = { signedOn: '2025-07-01', weeklyLimitMin: null }
    expect(issues({ ...nowy, refundShareBp: null }).refundShareBp).toBe(
      'Podaj udział refundacji określony w porozumieniu.',
    )
    expect(issues({ ...nowy, refundBase: null }).refundBase).toBe(
      'Wybierz, od czego porozumienie liczy refundację.',
    )
    expect(issues({ ...nowy, refundDueDays: null }).refundDueDays).toMatch(/termin refundacji z porozumienia/)
    expect(issues({ ...nowy, refundShareBp: 5000, refundBase: 'stawka_wyplacona' })).toEqual({})
  })

  it('keeps the kinds of work with their places and host units, the refund amount and term, and the maximum duration', async () => {
    const works = [
      { kind: 'prace porządkowe', place: 'ul. Szkolna 3', hostUnit: 'Szkoła Podstawowa nr 1' },
      { kind: 'pomoc w kuchni', place: 'ul. Łąkowa 5', hostUnit: 'Przedszkole „Słoneczko”' },
    ]
    const saved = await psu.porozumienie({
      works,
      refundAmountGr: 1_500_000,
      refundDueDays: 21,
      maxMonthsPerPerson: 6,
    })
    expect(saved).toMatchObject({
      works,
      refundAmountGr: 1_500_000,
      refundDueDays: 21,
      maxMonthsPerPerson: 6,
    })
    const edited = await psu.porozumienia.update(
      saved.id,
      porozumienieInput.parse(psu.porozumienieForm({ works: works.slice(1), refundAmountGr: null })),
    )
    expect(edited).toMatchObject({ works: works.slice(1), refundAmountGr: null })
    expect(issues({ works: [{ kind: ' ', place: '', hostUnit: '' }] })['works.0.kind']).toBe(
      'Podaj rodzaj prac.',
    )
  })

  it('shows on an old-regime porozumienie where its rate falls below a minimum that changes inside its term', async () => {
    const old = await psu.porozumienie({
      signedOn: '2024-05-20',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      weeklyLimitMin: 600,
      rates: [{ validFrom: '2024-01-01', rateGr: 1100 }],
    })
    // The seeded table: 10,90 zł from 1.06.2023, 12,20 zł from 1.06.2024.
    expect(old.belowMinimum).toEqual([
      {
        from: '2024-06-01',
        to: '2024-12-31',
        rateGr: 1100,
        minimumGr: 1220,
        minimumFrom: '2024-06-01',
        confidence: 'S',
      },
    ])
    const nowy = await psu.porozumienie({
      number: 'PSU/N/2025',
      signedOn: '2025-07-01',
      rates: [{ validFrom: '2026-01-01', rateGr: 500 }],
    })
    expect(nowy.belowMinimum).toEqual([])
  })
})

describe('minimum-rate table', () => {
  it('is seeded from DOMAIN.md with confidence, and answers the rate on a day', async () => {
    const rates = await psu.porozumienia.listMinimumRates()
    expect(rates).toHaveLength(10)
    expect(rates[0]).toMatchObject({ validFrom: '2016-06-01', rateGr: 810, confidence: 'S' })
    expect(rates.find((r) => r.validFrom === '2023-06-01')).toMatchObject({ rateGr: 1090, confidence: 'S' })
    expect(rates.find((r) => r.validFrom === '2024-06-01')).toMatchObject({ rateGr: 1220, confidence: 'S' })
    expect(rates.find((r) => r.validFrom === '2022-06-01')).toMatchObject({ rateGr: 950, confidence: 'U' })
    expect(periodOn(rates, '2023-05-31')).toMatchObject({ rateGr: 950 })
    expect(periodOn(rates, '2025-08-01')).toMatchObject({ rateGr: 1220, validFrom: '2025-06-01' })
    expect(periodOn(rates, '2016-05-31')).toBeNull()
  })

  it('is editable: a checked value replaces a computed one, a second row for one date is refused', async () => {
    const row = (await psu.porozumienia.listMinimumRates()).find((r) => r.validFrom === '2024-06-01')!
    const fixed = await psu.porozumienia.saveMinimumRate(row.id, {
      validFrom: '2024-06-01',
      rateGr: 1230,
      confidence: 'V',
      source: 'obwieszczenie (sprawdzone)',
    })
    expect(fixed).toMatchObject({ rateGr: 1230, confidence: 'V' })
    const error = await refusal(
      psu.porozumienia.saveMinimumRate(null, {
        validFrom: '2024-06-01',
        rateGr: 1,
        confidence: 'U',
        source: '',
      }),
    )
    expect(error.code).toBe('CONFLICT')
  })
})
