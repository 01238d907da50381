// Every PSU, payout and refund save that writes more than one row is all or nothing: wherever a write
// fails, nothing of the earlier ones stays (tests/support/all-or-nothing.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { porozumienieInput } from '@shared/psu-porozumienia.schema'
import { expectAllOrNothing } from '../support/all-or-nothing'
import { createPayoutServices } from '../support/payout-fixtures'
import { createPsu } from '../support/psu-fixtures'
import { createTempDatabase, type TempDatabase } from '../support/temp-database'

let clock = new Date('2026-04-10T09:00:00Z')
const now = () => clock
let temp: TempDatabase
let psu: ReturnType<typeof createPsu>
let base: { positionId: number; porozumienieId: number }

beforeEach(async () => {
  clock = new Date('2026-04-10T09:00:00Z')
  temp = await createTempDatabase()
  psu = createPsu(temp.database.db, now)
  const workplace = await psu.workplace()
  const position = await psu.position(workplace.id, 5)
  const porozumienie = await psu.porozumienie({ signedOn: '2025-12-15' })
  base = { positionId: position.id, porozumienieId: porozumienie.id }
})
afterEach(() => temp.cleanup())

// Each save runs once per write it makes: a few seconds on a busy machine, hence the longer timeouts.
const allOrNothing = (save: () => Promise<unknown>) => expectAllOrNothing(temp.database, save)
const h = (date: string, hours: number) => ({ date, minutes: hours * 60, absence: null })

async function assignee(first: string, last: string) {
  const person = await psu.person(first, last)
  return psu.assignment({ participantId: person.id, ...base })
}

/** Two people with March hours, locked: a month ready to close. */
async function lockedMarch() {
  const people = [await assignee('Anna', 'Żak'), await assignee('Jan', 'Kowalski')]
  for (const a of people) {
    await psu.timesheets.save({
      assignmentId: a.id,
      month: '2026-03',
      entries: [h('2026-03-02', 4), h('2026-03-03', 5)],
    })
  }
  await psu.timesheets.lockMonth('2026-03', 'Maria Koordynator')
  return people
}

describe('workplaces, porozumienia and the needs plan', { timeout: 30_000 }, () => {
  it('removes a workplace with its positions', async () => {
    const workplace = await psu.workplace({ name: 'Urząd Miejski' })
    await psu.position(workplace.id, 1)
    await psu.position(workplace.id, 1, 'goniec doręczyciel')
    const writes = await allOrNothing(() => psu.workplaces.remove(workplace.id))
    expect(writes).toEqual(['DELETE psu_positions', 'DELETE psu_positions', 'DELETE psu_workplaces'])
  })

  it('creates, changes and removes a porozumienie with its rate periods', async () => {
    const form = psu.porozumienieForm({
      number: 'PSU/2/2026',
      rates: [
        { validFrom: '2026-01-01', rateGr: 1250 },
        { validFrom: '2026-07-01', rateGr: 1300 },
      ],
    })
    const created = await allOrNothing(() => psu.porozumienia.create(porozumienieInput.parse(form)))
    expect(created).toEqual([
      'INSERT psu_porozumienia',
      'INSERT psu_porozumienie_rates',
      'INSERT psu_porozumienie_rates',
    ])
    const { id } = (await psu.porozumienia.list()).find((p) => p.number === 'PSU/2/2026')!
    const changed = { ...form, rates: [{ validFrom: '2026-01-01', rateGr: 1400 }] }
    await allOrNothing(() => psu.porozumienia.update(id, porozumienieInput.parse(changed)))
    const removed = await allOrNothing(() => psu.porozumienia.remove(id))
    expect(removed).toEqual(['DELETE psu_porozumienie_rates', 'DELETE psu_porozumienia'])
  })

  it('replaces a year of the needs plan', async () => {
    const [courier, carer] = await psu.workplaces.listTypes()
    const item = { workplaceId: null, places: 4, persons: 6, hoursMin: 4 * 40 * 12 * 60, notes: '' }
    await psu.plan.save({ year: 2026, items: [{ ...item, positionTypeId: courier!.id }] })
    const writes = await allOrNothing(() =>
      psu.plan.save({
        year: 2026,
        items: [
          { ...item, positionTypeId: courier!.id, places: 5 },
          { ...item, positionTypeId: carer!.id },
        ],
      }),
    )
    expect(writes[0]).toBe('DELETE psu_plan_items')
  })
})

describe('timesheets', { timeout: 30_000 }, () => {
  it('saves a whole month of a sheet', async () => {
    const a = await assignee('Anna', 'Żak')
    await psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-02', 4)] })
    const writes = await allOrNothing(() =>
      psu.timesheets.save({
        assignmentId: a.id,
        month: '2026-03',
        entries: [h('2026-03-02', 3), h('2026-03-04', 2)],
      }),
    )
    expect(writes).toEqual(expect.arrayContaining(['DELETE psu_timesheet_days', 'INSERT psu_timesheet_days']))
  })

  it('locks a sheet, locks a month, and reopens, each with its log entry', async () => {
    const a = await assignee('Anna', 'Żak')
    await assignee('Jan', 'Kowalski')
    await psu.timesheets.save({ assignmentId: a.id, month: '2026-03', entries: [h('2026-03-02', 4)] })
    expect(await allOrNothing(() => psu.timesheets.lock(a.id, '2026-03', 'Maria'))).toEqual([
      'UPDATE psu_timesheets',
      'INSERT psu_timesheet_log',
    ])
    expect(await allOrNothing(() => psu.timesheets.reopen(a.id, '2026-03', 'Maria', 'korekta'))).toEqual([
      'UPDATE psu_timesheets',
      'INSERT psu_timesheet_log',
    ])
    const month = await allOrNothing(() => psu.timesheets.lockMonth('2026-03', 'Maria'))
    expect(month.filter((w) => w === 'INSERT psu_timesheet_log')).toHaveLength(2)
  })
})

describe('payouts and refunds', { timeout: 30_000 }, () => {
  it('closes a month into a list with its items, positions, rate parts and sources', async () => {
    await lockedMarch()
    const { payouts } = createPayoutServices(temp.database.db, now)
    const writes = await allOrNothing(() => payouts.compute(base.porozumienieId, '2026-03'))
    expect(new Set(writes)).toEqual(
      new Set([
        'INSERT psu_payout_lists',
        'INSERT psu_payout_list_sources',
        'INSERT psu_payout_items',
        'INSERT psu_payout_item_positions',
        'INSERT psu_payout_item_rates',
      ]),
    )
    // Recomputing a projekt clears its content first: also all or nothing.
    expect((await allOrNothing(() => payouts.compute(base.porozumienieId, '2026-03')))[0]).toBe(
      'DELETE psu_payout_item_rates',
    )
    const list = await payouts.get((await payouts.list({ year: null, porozumienieId: null }))[0]!.id)
    await payouts.approve(list.id)
    const paid = await allOrNothing(() =>
      payouts.pay({
        listId: list.id,
        itemIds: list.items.map((i) => i.id),
        paidOn: '2026-04-10',
        form: null,
      }),
    )
    expect(paid).toEqual(['UPDATE psu_payout_items', 'UPDATE psu_payout_items', 'UPDATE psu_payout_lists'])
  })

  it('keeps a person’s payment details and their unpaid rows together', async () => {
    const [anna] = await lockedMarch()
    const { payouts } = createPayoutServices(temp.database.db, now)
    await payouts.compute(base.porozumienieId, '2026-03')
    const writes = await allOrNothing(() =>
      payouts.setPayment({
        participantId: anna!.participantId,
        form: 'przelew',
        account: '61 1090 1014 0000 0712 1981 2874',
      }),
    )
    expect(writes).toEqual(['INSERT psu_payment_details', 'UPDATE psu_payout_items'])
  })

  it('files a refund request with its lists, and cancels it releasing them', async () => {
    await lockedMarch()
    const { payouts, refunds } = createPayoutServices(temp.database.db, now)
    const list = await payouts.compute(base.porozumienieId, '2026-03')
    await payouts.approve(list.id)
    await payouts.pay({
      listId: list.id,
      itemIds: list.items.map((i) => i.id),
      paidOn: '2026-04-10',
      form: null,
    })
    const input = { porozumienieId: base.porozumienieId, listIds: [list.id], requestedOn: '2026-04-10' }
    expect(await allOrNothing(() => refunds.create(input))).toEqual([
      'INSERT psu_refund_requests',
      'INSERT psu_refund_request_lists',
    ])
    // The run that got through filed the request.
    const [request] = (await refunds.board()).requests
    expect(await allOrNothing(() => refunds.cancel({ id: request!.id, reason: 'błąd w kwocie' }))).toEqual([
      'UPDATE psu_refund_requests',
      'UPDATE psu_refund_request_lists',
    ])
  })

  it('keeps single-row saves single (an assignment, approving a list, a refund received): nothing to split', async () => {
    const person = await psu.person('Ewa', 'Nowak')
    await expect(
      allOrNothing(() => psu.assignments.create(psu.assignmentForm({ participantId: person.id, ...base }))),
    ).rejects.toThrow(/not a multi-row save/)
    await lockedMarch()
    const { payouts } = createPayoutServices(temp.database.db, now)
    const list = await payouts.compute(base.porozumienieId, '2026-03')
    await expect(allOrNothing(() => payouts.approve(list.id))).rejects.toThrow(/not a multi-row save/)
  })
})
