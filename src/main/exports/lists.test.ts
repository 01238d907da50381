import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listExportRequest, type ListExportRequest } from '@shared/exports.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { buildReportDataset, type ReportDataset } from '../../../tests/support/report-fixtures'
import { createParticipantsService } from '../participants/participants.service'
import { createKisServices } from '../app/kis-services'
import { createPsuServices } from '../psu/psu-services'
import { createPayoutServices } from '../../../tests/support/payout-fixtures'
import { createListLoaders } from './lists'
import { tableToCsv } from './csv'

let temp: TempDatabase
let data: ReportDataset
let lists: ReturnType<typeof createListLoaders>

beforeAll(async () => {
  temp = await createTempDatabase()
  data = await buildReportDataset(temp.database.db)
  const db = temp.database.db
  const participants = createParticipantsService(db)
  const { payouts, refunds } = createPayoutServices(db)
  lists = createListLoaders({
    participants,
    kis: createKisServices(db, participants),
    psu: createPsuServices(db),
    payouts,
    refunds,
  })
})

afterAll(async () => {
  await temp.cleanup()
})

async function load(request: object) {
  const parsed = listExportRequest.parse({ format: 'xlsx', ...request }) as ListExportRequest
  const load = lists[parsed.list] as (r: ListExportRequest) => ReturnType<(typeof lists)['kontrakty']>
  return (await load(parsed)).table
}

const column = (table: Awaited<ReturnType<typeof load>>, header: string) =>
  table.rows.map((r) => r[table.headers.indexOf(header)])

describe('list exports of the KIS, PSU and payout screens, with their filters', () => {
  it('exports every kontrakt, or one person’s', async () => {
    const all = await load({ list: 'kontrakty', participantId: null })
    expect(all.rows).toHaveLength(11)
    const anna = await load({ list: 'kontrakty', participantId: data.people.anna })
    expect(column(anna, 'Osoba')).toEqual(['Kowalska Anna'])
    expect(column(anna, 'Uczestnictwo')).toEqual(['15.01.2025–14.07.2025'])
  })

  it('exports support entries filtered by person, kind and dates', async () => {
    const jobs = await load({
      list: 'activities',
      filter: { participantId: null, from: '2025-01-01', to: '2025-12-31', kind: 'zatrudnienie' },
    })
    expect(column(jobs, 'Osoba')).toEqual(['Wójcik Celina', 'Kowalska Anna', 'Zieliński Damian'])
    expect(column(jobs, 'Szczegóły')[2]).toBe('Firma Remontowa Nowak, umowa cywilnoprawna')
    const grazyna = await load({
      list: 'activities',
      filter: { participantId: data.people.grazyna, from: null, to: null, kind: null },
    })
    // A session, vocational and psychological counselling, an internship and one group class.
    expect(grazyna.rows).toHaveLength(5)
  })

  it('exports group classes, assignments, a month of timesheets, payout lists and refund requests', async () => {
    expect((await load({ list: 'classes' })).rows).toHaveLength(4)
    const assignments = await load({ list: 'assignments', query: { participantId: data.people.monika } })
    expect(column(assignments, 'Stanowisko')).toHaveLength(2)
    const june = await load({ list: 'timesheets', month: '2025-06' })
    expect(column(june, 'Godziny').sort((a, b) => Number(a) - Number(b))).toEqual([600, 2400])
    const payouts = await load({ list: 'payouts', query: { year: null, porozumienieId: null } })
    expect(payouts.rows).toHaveLength(9)
    const refunds = await load({ list: 'refunds' })
    expect(column(refunds, 'Wnioskowano').sort((a, b) => Number(a) - Number(b))).toEqual([
      11_244, 21_960, 48_750, 80_520,
    ])
    expect(tableToCsv(refunds).split('\r\n')[0]).toContain('Numer;Porozumienie;Miesiące')
  })
})
