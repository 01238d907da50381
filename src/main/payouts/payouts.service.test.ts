import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import {
  addAssignment,
  addPerson,
  addPorozumienie,
  addPosition,
  addSheet,
  createPayoutServices,
  PSU_2026,
  daysOf,
  setDay,
  setSheetStatus,
} from '../../../tests/support/payout-fixtures'
import { rateChangeInput } from '@shared/payouts.schema'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { PayoutsService } from './payouts.service'

const NOW = new Date('2026-04-10T10:00:00Z')
const MARCH_WEEKDAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']

let temp: TempDatabase
let db: Kysely<Database>
let payouts: PayoutsService
let refunds: ReturnType<typeof createPayoutServices>['refunds']

beforeEach(async () => {
  temp = await createTempDatabase()
  db = temp.database.db
  ;({ payouts, refunds } = createPayoutServices(db, () => NOW))
})
afterEach(() => temp.cleanup())

/** Two people, one with two positions, under one old-regime porozumienie; March sheets (open). */
async function march() {
  const porozumienieId = await addPorozumienie(db, PSU_2026)
  const cleaning = await addPosition(db, 'Szkoła Podstawowa nr 2', 'osoba sprzątająca')
  const courier = await addPosition(db, 'Urząd Miejski', 'goniec doręczyciel')
  const anna = await addPerson(db, 'Anna', 'Żak')
  const jan = await addPerson(db, 'Jan', 'Kowalski')
  const a1 = await addAssignment(db, {
    participantId: anna,
    positionId: cleaning,
    porozumienieId,
    from: '2026-01-05',
    to: '2026-03-15',
  })
  const a2 = await addAssignment(db, {
    participantId: anna,
    positionId: courier,
    porozumienieId,
    from: '2026-03-16',
    to: '2026-06-30',
  })
  const a3 = await addAssignment(db, {
    participantId: jan,
    positionId: courier,
    porozumienieId,
    from: '2026-01-05',
    to: '2026-06-30',
  })
  const sheets = {
    anna1: await addSheet(db, a1, '2026-03', daysOf(MARCH_WEEKDAYS, 120)), // 10 h
    anna2: await addSheet(db, a2, '2026-03', { '2026-03-16': 150, '2026-03-17': 150 }), // 5 h
    jan: await addSheet(db, a3, '2026-03', daysOf(MARCH_WEEKDAYS, 240)), // 20 h
  }
  return { porozumienieId, anna, jan, sheets, courier }
}

async function lockAll(ids: Record<string, number>) {
  for (const id of Object.values(ids)) await setSheetStatus(db, id, 'zamkniety')
}

async function count(table: 'psu_payout_lists' | 'psu_payout_items') {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

describe('closing a month', () => {
  it('refuses while a sheet is open and saves nothing', async () => {
    const m = await march()
    await setSheetStatus(db, m.sheets.anna1, 'zamkniety')
    await setSheetStatus(db, m.sheets.jan, 'zamkniety')
    await expect(payouts.compute(m.porozumienieId, '2026-03')).rejects.toThrow(
      /Nie można zamknąć miesiąca marzec 2026: 1 karta nie jest zamknięta — Żak Anna \(goniec doręczyciel, Urząd Miejski\)/,
    )
    expect(await count('psu_payout_lists')).toBe(0)
  })

  it('computes a numbered projekt per person with positions, rates, amounts, refunds and sheet versions', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.compute(m.porozumienieId, '2026-03')
    expect(list).toMatchObject({
      number: 'LW/1/2026',
      status: 'projekt',
      month: '2026-03',
      stale: false,
      persons: 2,
    })
    expect(list.items.map((i) => [i.lastName, i.workedMin, i.amountGr, i.refundGr])).toEqual([
      ['Kowalski', 1200, 24_400, 14_640],
      ['Żak', 900, 18_300, 10_980],
    ])
    expect(list.items[1]!.positions.map((p) => p.positionType)).toEqual([
      'osoba sprzątająca',
      'goniec doręczyciel',
    ])
    // The seeded table's row of 1 June 2025 (no valorisation, 12,20 zł) is in force in March 2026.
    expect(list.items[1]!.minimumParts).toEqual([{ validFrom: '2025-06-01', rateGr: 1220, minutes: 900 }])
    expect(list.amountGr).toBe(42_700)
    expect(list.refundGr).toBe(25_620)
    const stamps = await db
      .selectFrom('psu_payout_list_sources')
      .selectAll()
      .orderBy('timesheet_id')
      .execute()
    expect(stamps.map((s) => s.version)).toEqual([1, 1, 1])
  })

  it('refuses hours with no rate in force and saves nothing', async () => {
    const m = await march()
    await db.updateTable('psu_porozumienie_rates').set({ valid_from: '2026-03-04' }).execute()
    await lockAll(m.sheets)
    await expect(payouts.compute(m.porozumienieId, '2026-03')).rejects.toThrow(
      'Anna Żak: godziny 02.03.2026, a porozumienie nie ma stawki obowiązującej tego dnia.',
    )
    expect(await count('psu_payout_lists')).toBe(0)
    expect(await count('psu_payout_items')).toBe(0)
  })

  it('recomputes a projekt in place (same number) and refuses to touch an approved list', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const first = await payouts.compute(m.porozumienieId, '2026-03')
    const again = await payouts.compute(m.porozumienieId, '2026-03')
    expect([again.id, again.number]).toEqual([first.id, 'LW/1/2026'])
    expect(await count('psu_payout_items')).toBe(2)
    await payouts.approve(first.id)
    await expect(payouts.compute(m.porozumienieId, '2026-03')).rejects.toThrow(
      /Lista LW\/1\/2026 za marzec 2026 jest zatwierdzona — takiej listy nie zmienia się po cichu/,
    )
  })

  it('marks an approved list out of date after the month is reopened and changed, never changing it', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.approve((await payouts.compute(m.porozumienieId, '2026-03')).id)

    await setSheetStatus(db, m.sheets.jan, 'otwarty')
    let now = await payouts.get(list.id)
    expect(now.stale).toBe(true)
    expect(now.staleReasons).toEqual([
      'Karta: Kowalski Jan (goniec doręczyciel) została ponownie otwarta po policzeniu listy.',
    ])

    await setDay(db, m.sheets.jan, '2026-03-09', 240)
    await setSheetStatus(db, m.sheets.jan, 'zamkniety')
    now = await payouts.get(list.id)
    expect(now.staleReasons).toEqual([
      'Karta: Kowalski Jan (goniec doręczyciel) była ponownie otwarta i zamknięta po policzeniu listy.',
    ])
    expect(now.amountGr).toBe(list.amountGr)
    expect(now.status).toBe('zatwierdzona')
    await expect(
      payouts.pay({ listId: list.id, itemIds: [now.items[0]!.id], paidOn: '2026-04-10', form: null }),
    ).rejects.toThrow(/Lista LW\/1\/2026 jest nieaktualna/)

    const cancelled = await payouts.cancel({ id: list.id, reason: 'korekta godzin Jana Kowalskiego' })
    expect(cancelled).toMatchObject({
      status: 'anulowana',
      cancelReason: 'korekta godzin Jana Kowalskiego',
      stale: false,
    })
    const fresh = await payouts.compute(m.porozumienieId, '2026-03')
    expect(fresh.number).toBe('LW/2/2026')
    expect(fresh.items[0]!.amountGr).toBe(24_400 + 4880)
    expect(
      (await payouts.list({ year: 2026, porozumienieId: null })).map((l) => [l.number, l.status]),
    ).toEqual([
      ['LW/2/2026', 'projekt'],
      ['LW/1/2026', 'anulowana'],
    ])
  })

  it('marks a list out of date when a new locked sheet appears in the month', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.compute(m.porozumienieId, '2026-03')
    const ewa = await addPerson(db, 'Ewa', 'Nowak')
    const a = await addAssignment(db, {
      participantId: ewa,
      positionId: m.courier,
      porozumienieId: m.porozumienieId,
      from: '2026-03-20',
      to: '2026-03-31',
    })
    await setSheetStatus(db, await addSheet(db, a, '2026-03', { '2026-03-20': 60 }), 'zamkniety')
    expect((await payouts.get(list.id)).staleReasons).toEqual([
      'Nowa zamknięta karta: Nowak Ewa (goniec doręczyciel).',
    ])
    await expect(payouts.approve(list.id)).rejects.toThrow(
      /jest nieaktualna — zatwierdzenie nie jest możliwe.*Przelicz listę/,
    )
    expect((await payouts.compute(m.porozumienieId, '2026-03')).persons).toBe(3)
  })
})

describe('paying', () => {
  it('refuses to mark paid before approval, then marks people paid and the list wypłacona when all are', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.compute(m.porozumienieId, '2026-03')
    const [jan, anna] = list.items
    await expect(
      payouts.pay({ listId: list.id, itemIds: [jan!.id], paidOn: '2026-04-10', form: null }),
    ).rejects.toThrow(
      'Lista LW/1/2026 nie jest zatwierdzona — wypłatę można oznaczyć dopiero po zatwierdzeniu listy.',
    )
    await payouts.approve(list.id)
    await expect(
      payouts.pay({ listId: list.id, itemIds: [jan!.id], paidOn: '2026-04-11', form: null }),
    ).rejects.toThrow('Data wypłaty nie może być z przyszłości.')
    await expect(
      payouts.pay({ listId: list.id, itemIds: [jan!.id], paidOn: '2026-04-10', form: 'przelew' }),
    ).rejects.toThrow('Jan Kowalski nie ma numeru konta — wpisz go albo oznacz wypłatę gotówką.')
    const half = await payouts.pay({ listId: list.id, itemIds: [jan!.id], paidOn: '2026-04-10', form: null })
    expect(half).toMatchObject({ status: 'zatwierdzona', paidPersons: 1 })
    expect(half.items[0]).toMatchObject({ paidOn: '2026-04-10', paidForm: 'gotowka' })
    await expect(
      payouts.pay({ listId: list.id, itemIds: [jan!.id], paidOn: '2026-04-10', form: null }),
    ).rejects.toThrow('Jan Kowalski ma już oznaczoną wypłatę (10.04.2026).')
    const all = await payouts.pay({ listId: list.id, itemIds: [anna!.id], paidOn: '2026-04-10', form: null })
    expect(all).toMatchObject({ status: 'wyplacona', paidAt: '2026-04-10', paidPersons: 2 })
  })

  it('takes back one person’s payment mark, the list back to zatwierdzona; refused once a refund request holds the list', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.compute(m.porozumienieId, '2026-03')
    await payouts.approve(list.id)
    const [jan, anna] = list.items
    await payouts.pay({ listId: list.id, itemIds: [jan!.id, anna!.id], paidOn: '2026-04-10', form: null })
    const undone = await payouts.unpay({ listId: list.id, itemId: anna!.id })
    expect(undone).toMatchObject({ status: 'zatwierdzona', paidAt: null, paidPersons: 1 })
    expect(undone.items.find((i) => i.id === anna!.id)).toMatchObject({ paidOn: null, paidForm: null })
    expect(undone.items.find((i) => i.id === jan!.id)).toMatchObject({ paidOn: '2026-04-10' })
    await expect(payouts.unpay({ listId: list.id, itemId: anna!.id })).rejects.toThrow(
      'Anna Żak nie ma oznaczonej wypłaty na liście LW/1/2026.',
    )
    await payouts.pay({ listId: list.id, itemIds: [anna!.id], paidOn: '2026-04-10', form: null })
    const request = await refunds.create({
      porozumienieId: m.porozumienieId,
      listIds: [list.id],
      requestedOn: '2026-04-10',
    })
    await expect(payouts.unpay({ listId: list.id, itemId: jan!.id })).rejects.toThrow(
      `lista LW/1/2026 jest we wniosku o refundację ${request.number}. Najpierw anuluj wniosek.`,
    )
    expect((await payouts.get(list.id)).status).toBe('wyplacona')
  })

  it('keeps a person’s transfer account, refusing a failing checksum in Polish, and puts it on unpaid rows', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.compute(m.porozumienieId, '2026-03')
    await expect(
      payouts.setPayment({
        participantId: m.anna,
        form: 'przelew',
        account: '61 1090 1014 0000 0712 1981 2875',
      }),
    ).rejects.toThrow('Numer konta ma błędną sumę kontrolną — sprawdź przepisane cyfry.')
    await expect(payouts.setPayment({ participantId: m.anna, form: 'przelew', account: '' })).rejects.toThrow(
      'Do przelewu podaj numer konta.',
    )
    expect((await payouts.get(list.id)).items[1]).toMatchObject({ paymentForm: 'gotowka', account: null })
    const saved = await payouts.setPayment({
      participantId: m.anna,
      form: 'przelew',
      account: '61 1090 1014 0000 0712 1981 2874',
    })
    expect(saved).toEqual({ participantId: m.anna, form: 'przelew', account: 'PL61109010140000071219812874' })
    expect((await payouts.get(list.id)).items[1]).toMatchObject({
      paymentForm: 'przelew',
      account: 'PL61109010140000071219812874',
    })
  })
})

describe('rate changes', () => {
  it('previews which people on computed lists a porozumienie rate change would alter, changing nothing', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.compute(m.porozumienieId, '2026-03')
    const preview = await payouts.previewRateChange({
      target: 'porozumienie',
      porozumienieId: m.porozumienieId,
      rates: [
        { validFrom: '2026-01-01', rateGr: 1220 },
        { validFrom: '2026-03-16', rateGr: 1300 },
      ],
    })
    expect(preview.checkedLists).toBe(1)
    expect(preview.lists).toEqual([
      expect.objectContaining({
        number: 'LW/1/2026',
        error: null,
        changes: [
          // Only Anna worked after 16 March: 5 h × (13,00 − 12,20) = 4,00 zł more.
          {
            participantId: m.anna,
            name: 'Żak Anna',
            oldAmountGr: 18_300,
            newAmountGr: 18_700,
            oldRefundGr: 10_980,
            newRefundGr: 10_980,
          },
        ],
      }),
    ])
    expect((await payouts.get(list.id)).amountGr).toBe(list.amountGr)
  })

  it('previews a minimum-rate change on old-regime lists and reports a table that leaves hours without a rate', async () => {
    const m = await march()
    await lockAll(m.sheets)
    await payouts.compute(m.porozumienieId, '2026-03')
    const raised = await payouts.previewRateChange({
      target: 'minimalna',
      rates: [{ validFrom: '2025-06-01', rateGr: 1300 }],
    })
    expect(raised.lists[0]!.changes.map((c) => [c.name, c.oldRefundGr, c.newRefundGr])).toEqual([
      ['Kowalski Jan', 14_640, 15_600],
      ['Żak Anna', 10_980, 11_700],
    ])
    const gap = await payouts.previewRateChange({
      target: 'porozumienie',
      porozumienieId: m.porozumienieId,
      rates: [{ validFrom: '2026-03-10', rateGr: 1300 }],
    })
    expect(gap.lists[0]!.error).toMatch(/nie ma stawki obowiązującej tego dnia/)
  })

  it('refuses a proposed rate of zero or below at the bridge, in Polish', () => {
    const parsed = rateChangeInput.safeParse({
      target: 'minimalna',
      rates: [{ validFrom: '2026-01-01', rateGr: 0 }],
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues[0]!.message).toBe('Stawka musi być większa od zera.')
  })

  it('marks a list out of date when the rates in force change after it was computed', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.compute(m.porozumienieId, '2026-03')
    await db
      .insertInto('psu_porozumienie_rates')
      .values({ porozumienie_id: m.porozumienieId, valid_from: '2026-03-16', rate_gr: 1300 })
      .execute()
    expect((await payouts.get(list.id)).staleReasons).toEqual([
      'Przy obecnych stawkach kwoty różnią się u 1 osoby: Żak Anna 183,00\u00a0zł → 187,00\u00a0zł.',
    ])
  })
})

describe('year view', () => {
  it('counts approved and paid lists per month and for the year', async () => {
    const m = await march()
    await lockAll(m.sheets)
    const list = await payouts.approve((await payouts.compute(m.porozumienieId, '2026-03')).id)
    await payouts.pay({ listId: list.id, itemIds: [list.items[0]!.id], paidOn: '2026-04-10', form: null })
    const year = await payouts.year(2026)
    expect(year.months[2]).toMatchObject({
      month: '2026-03',
      persons: 2,
      positions: 2,
      workedMin: 2100,
      amountGr: 42_700,
      paidGr: 24_400,
      refundDueGr: 25_620,
      refundRequestedGr: 0,
    })
    expect(year.total.persons).toBe(2)
    expect(year.positionsByType).toEqual([
      { positionType: 'goniec doręczyciel', positions: 1 },
      { positionType: 'osoba sprzątająca', positions: 1 },
    ])
  })
})
