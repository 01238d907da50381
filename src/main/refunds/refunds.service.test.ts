import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import {
  addAssignment,
  addPerson,
  addPorozumienie,
  addPosition,
  addSheet,
  createPayoutServices,
  setSheetStatus,
} from '../../../tests/support/payout-fixtures'
import type { Database } from '../db/schema'
import type { PayoutsService } from '../payouts/payouts.service'
import type { RefundsService } from './refunds.service'

let now = new Date('2026-04-10T10:00:00Z')
let temp: TempDatabase
let db: Kysely<Database>
let payouts: PayoutsService
let refunds: RefundsService

beforeEach(async () => {
  now = new Date('2026-04-10T10:00:00Z')
  temp = await createTempDatabase()
  db = temp.database.db
  ;({ payouts, refunds } = createPayoutServices(db, () => now))
})
afterEach(() => temp.cleanup())

/** Three people over January and February with uneven hours and a rate change on 16 February. */
async function twoMonths() {
  const porozumienieId = await addPorozumienie(db, {
    number: 'PSU/7/2025',
    signedOn: '2025-04-30',
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
    rates: [
      { validFrom: '2026-01-01', rateGr: 1237 },
      { validFrom: '2026-02-16', rateGr: 1311 },
    ],
  })
  const position = await addPosition(db, 'Ośrodek Kultury', 'robotnik gospodarczy')
  const people = [
    await addPerson(db, 'Łucja', 'Łódź'),
    await addPerson(db, 'Piotr', 'Nowak'),
    await addPerson(db, 'Zofia', 'Ćwik'),
  ]
  let seed = 3
  const next = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % max
  for (const participantId of people) {
    const a = await addAssignment(db, {
      participantId,
      positionId: position,
      porozumienieId,
      from: '2026-01-02',
      to: '2026-06-30',
    })
    for (const month of ['2026-01', '2026-02']) {
      const days: Record<string, number> = {}
      for (let d = 2; d <= 27; d++)
        if (next(2) === 0) days[`${month}-${String(d).padStart(2, '0')}`] = 30 * (1 + next(8))
      await setSheetStatus(db, await addSheet(db, a, month, days), 'zamkniety')
    }
  }
  const lists = []
  for (const month of ['2026-01', '2026-02']) {
    now = new Date('2026-03-09T10:00:00Z')
    const list = await payouts.approve((await payouts.compute(porozumienieId, month)).id)
    now = new Date('2026-04-10T10:00:00Z')
    lists.push(
      await payouts.pay({
        listId: list.id,
        itemIds: list.items.map((i) => i.id),
        paidOn: '2026-03-10',
        form: null,
      }),
    )
  }
  return { porozumienieId, lists }
}

/** Amount and refund straight from the stored days and rates, day by day in BigInt, rounded per person-month. */
async function independentTotals(porozumienieId: number) {
  const days = await db
    .selectFrom('psu_timesheet_days as d')
    .innerJoin('psu_timesheets as t', 't.id', 'd.timesheet_id')
    .innerJoin('psu_assignments as a', 'a.id', 't.assignment_id')
    .select(['a.participant_id', 't.month', 'd.day', 'd.worked_min'])
    .where('a.porozumienie_id', '=', porozumienieId)
    .execute()
  const rates = await db
    .selectFrom('psu_porozumienie_rates')
    .selectAll()
    .where('porozumienie_id', '=', porozumienieId)
    .execute()
  const rateOn = (day: string) =>
    BigInt(
      rates.filter((r) => r.valid_from <= day).sort((a, b) => b.valid_from.localeCompare(a.valid_from))[0]!
        .rate_gr,
    )
  const perPersonMonth = new Map<string, { sixtieths: bigint; minutes: bigint }>()
  for (const d of days) {
    const key = `${d.participant_id}/${d.month}`
    const acc = perPersonMonth.get(key) ?? { sixtieths: 0n, minutes: 0n }
    acc.sixtieths += BigInt(d.worked_min) * rateOn(d.day)
    acc.minutes += BigInt(d.worked_min)
    perPersonMonth.set(key, acc)
  }
  let amount = 0
  let refund = 0
  for (const { sixtieths, minutes } of perPersonMonth.values()) {
    const paid = Number((sixtieths * 2n + 60n) / 120n)
    amount += paid
    refund += Math.min(Number((minutes * 1220n * 6000n * 2n + 600_000n) / 1_200_000n), paid)
  }
  return { amount, refund }
}

describe('refund requests', () => {
  it('requests two months in one request whose zestawienie reconciles to the grosz with the lists and an independent calculation', async () => {
    const { porozumienieId, lists } = await twoMonths()
    expect(await refunds.candidates(porozumienieId)).toHaveLength(2)
    const request = await refunds.create({
      porozumienieId,
      listIds: lists.map((l) => l.id),
      requestedOn: '2026-04-02',
    })
    expect(request).toMatchObject({
      number: 'WR/1/2026',
      months: ['2026-01', '2026-02'],
      listNumbers: ['LW/1/2026', 'LW/2/2026'],
      dueOn: '2026-05-02',
      status: 'zlozony',
    })
    const statement = await refunds.statement(request.id)
    const expected = await independentTotals(porozumienieId)
    expect(statement.totals.amountGr).toBe(expected.amount)
    expect(statement.totals.refundGr).toBe(expected.refund)
    expect(request.requestedGr).toBe(expected.refund)
    expect(statement.totals.refundGr).toBe(lists.reduce((a, l) => a + l.refundGr, 0))
    expect(statement.totals.amountGr).toBe(lists.reduce((a, l) => a + l.amountGr, 0))
    expect(statement.perMonth.map((m) => m.refundGr)).toEqual(lists.map((l) => l.refundGr))
    expect(statement.rows[0]).toMatchObject({ month: '2026-01', lastName: 'Ćwik' })
    expect(await refunds.candidates(porozumienieId)).toHaveLength(0)
  })

  it('refuses a list not yet paid, a list already requested, and cancelling a list that is in a request', async () => {
    const { porozumienieId, lists } = await twoMonths()
    await refunds.create({ porozumienieId, listIds: [lists[0]!.id], requestedOn: '2026-04-02' })
    await expect(
      refunds.create({ porozumienieId, listIds: [lists[0]!.id], requestedOn: '2026-04-02' }),
    ).rejects.toThrow('Lista LW/1/2026 jest już we wniosku WR/1/2026.')
    await expect(payouts.cancel({ id: lists[0]!.id, reason: 'pomyłka' })).rejects.toThrow(
      'Lista LW/1/2026 jest we wniosku o refundację WR/1/2026 — najpierw anuluj wniosek.',
    )
    const other = await addPorozumienie(db, {
      number: 'PSU/8/2025',
      signedOn: '2025-04-30',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      rates: [{ validFrom: '2026-01-01', rateGr: 1220 }],
    })
    await expect(
      refunds.create({ porozumienieId: other, listIds: [lists[1]!.id], requestedOn: '2026-04-02' }),
    ).rejects.toThrow(/Lista LW\/2\/2026 dotyczy porozumienia PSU\/7\/2025/)
    await expect(
      refunds.create({ porozumienieId, listIds: [lists[1]!.id], requestedOn: '2026-03-01' }),
    ).rejects.toThrow('Wniosek nie może mieć daty wcześniejszej niż wypłata listy LW/2/2026 (10.03.2026).')
  })

  it('refuses a projekt or approved-but-unpaid list', async () => {
    const porozumienieId = await addPorozumienie(db, {
      number: 'PSU/9/2025',
      signedOn: '2025-04-30',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      rates: [{ validFrom: '2026-01-01', rateGr: 1220 }],
    })
    const p = await addPerson(db, 'Anna', 'Lis')
    const a = await addAssignment(db, {
      participantId: p,
      positionId: await addPosition(db, 'OPS', 'opiekun'),
      porozumienieId,
      from: '2026-01-02',
      to: '2026-06-30',
    })
    await setSheetStatus(db, await addSheet(db, a, '2026-03', { '2026-03-02': 60 }), 'zamkniety')
    const list = await payouts.approve((await payouts.compute(porozumienieId, '2026-03')).id)
    await expect(
      refunds.create({ porozumienieId, listIds: [list.id], requestedOn: '2026-04-10' }),
    ).rejects.toThrow(
      'Lista LW/1/2026 (marzec 2026) nie jest wypłacona — refundacja dotyczy świadczeń już wypłaconych.',
    )
  })

  it('records the refund received, flags a different amount, and keeps it out of what is owed', async () => {
    const { porozumienieId, lists } = await twoMonths()
    const request = await refunds.create({
      porozumienieId,
      listIds: [lists[0]!.id, lists[1]!.id],
      requestedOn: '2026-04-02',
    })
    await expect(
      refunds.receive({ id: request.id, receivedOn: '2026-04-01', receivedGr: 100 }),
    ).rejects.toThrow('Data wpływu nie może być wcześniejsza niż data wniosku (02.04.2026).')
    const received = await refunds.receive({
      id: request.id,
      receivedOn: '2026-04-09',
      receivedGr: request.requestedGr - 15,
    })
    expect(received).toMatchObject({ status: 'otrzymany', differenceGr: -15, overdueDays: 0 })
    await expect(
      refunds.receive({ id: request.id, receivedOn: '2026-04-09', receivedGr: 1 }),
    ).rejects.toThrow(/jest już zapisany \(09.04.2026\)/)
    const board = await refunds.board()
    expect(board).toMatchObject({ owedGr: 0, overdue: 0 })
    const year = await payouts.year(2026)
    expect(year.total.refundReceivedGr).toBe(request.requestedGr - 15)
    expect(year.total.refundRequestedGr).toBe(request.requestedGr)
  })

  it("shows overdue requests first, due by the porozumienie's refund term (§ 3 of the 2017 regulation)", async () => {
    const { porozumienieId, lists } = await twoMonths()
    await db
      .updateTable('psu_porozumienia')
      .set({ refund_due_days: 14 })
      .where('id', '=', porozumienieId)
      .execute()
    const late = await refunds.create({ porozumienieId, listIds: [lists[0]!.id], requestedOn: '2026-03-11' })
    const fresh = await refunds.create({ porozumienieId, listIds: [lists[1]!.id], requestedOn: '2026-04-08' })
    expect(late.dueOn).toBe('2026-03-25')
    const board = await refunds.board()
    expect(board.requests.map((r) => [r.number, r.overdueDays])).toEqual([
      [late.number, 16],
      [fresh.number, 0],
    ])
    expect(board.overdue).toBe(1)
    expect(board.owedGr).toBe(late.requestedGr + fresh.requestedGr)
  })

  it('cancels a request with a reason and frees its lists for a new one', async () => {
    const { porozumienieId, lists } = await twoMonths()
    const request = await refunds.create({
      porozumienieId,
      listIds: [lists[0]!.id],
      requestedOn: '2026-04-02',
    })
    const cancelled = await refunds.cancel({ id: request.id, reason: 'zły miesiąc' })
    expect(cancelled).toMatchObject({ status: 'anulowany', cancelReason: 'zły miesiąc' })
    await expect(
      refunds.receive({ id: request.id, receivedOn: '2026-04-09', receivedGr: 1 }),
    ).rejects.toThrow('Wniosek WR/1/2026 jest anulowany.')
    const again = await refunds.create({ porozumienieId, listIds: [lists[0]!.id], requestedOn: '2026-04-03' })
    expect(again.number).toBe('WR/2/2026')
    expect((await refunds.board()).requests.map((r) => r.status)).toEqual(['zlozony', 'anulowany'])
  })
})
