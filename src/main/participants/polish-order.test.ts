// The register, its export and the lists joined to people follow the Polish alphabet (Ź before Ż,
// Ł after L), checked against the ICU collation for Polish.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ParticipantFilter } from '@shared/participant.schema'
import { createKis } from '../../../tests/support/kis-fixtures'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import type { ParticipantsService } from './participants.service'
import { participantsWithPesel } from '../reports/quality.repo'

const NAMES: [lastName: string, firstName: string][] = [
  ['Żak', 'Ewa'],
  ['Zając', 'Adam'],
  ['Źrebiec', 'Olga'],
  ['Łukasik', 'Jan'],
  ['Lis', 'Anna'],
  ['Ćwik', 'Piotr'],
  ['Cichy', 'Marek'],
  ['Ślęzak', 'Ola'],
  ['Sowa', 'Iga'],
  ['Oleś', 'Ala'],
  ['Ósmy', 'Ignacy'],
  ['Kowal', 'Jan'],
  ['Kowalska-Nowak', 'Anna'],
  ['Kowalska', 'Zofia'],
  ['Nowak', 'Łucja'],
  ['Nowak', 'Lena'],
  ['Ąbek', 'Wit'],
  ['Abel', 'Igor'],
]

const FILTER: ParticipantFilter = {
  search: '',
  status: 'wszystkie',
  targetGroup: null,
  sortBy: 'name',
  sortDir: 'asc',
}

let temp: TempDatabase
let service: ParticipantsService

beforeEach(async () => {
  temp = await createTempDatabase()
  const fx = createKis(temp, () => new Date('2026-01-10T08:00:00.000Z'))
  service = fx.participants
  for (const [lastName, firstName] of NAMES) await fx.addPerson({ lastName, firstName })
})

afterEach(async () => {
  await temp.cleanup()
})

const collator = new Intl.Collator('pl')
const polish = [...NAMES].sort((a, b) => collator.compare(`${a[0]} ${a[1]}`, `${b[0]} ${b[1]}`))
const names = (rows: { lastName: string; firstName: string }[]) =>
  rows.map((r) => `${r.lastName} ${r.firstName}`)

describe('Polish alphabetical order', () => {
  it('lists the register as the Polish collation orders it, Ź before Ż', async () => {
    const all = await service.listAll(FILTER)
    expect(names(all)).toEqual(polish.map(([l, f]) => `${l} ${f}`))
    expect(names(all).slice(-3)).toEqual(['Zając Adam', 'Źrebiec Olga', 'Żak Ewa'])
  })

  it('reverses the same order, and pages through it', async () => {
    const desc = await service.listAll({ ...FILTER, sortDir: 'desc' })
    expect(names(desc)).toEqual(polish.map(([l, f]) => `${l} ${f}`).reverse())
    const page = await service.list({ ...FILTER, page: 2, pageSize: 5 })
    expect(names(page.rows)).toEqual(polish.slice(5, 10).map(([l, f]) => `${l} ${f}`))
  })

  it('lists people for the data-quality check in the same order (Ł after L, not folded to L)', async () => {
    const rows = await participantsWithPesel(temp.database.db)
    expect(names(rows)).toEqual(polish.map(([l, f]) => `${l} ${f}`))
  })

  it('sorts by the indexed key, not a scan of the table', () => {
    const plan = temp.database.sqlite
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM participants WHERE status <> 'archiwalny' ORDER BY name_order",
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(
      /participants_name_order|participants_status_name_order/,
    )
  })
})
