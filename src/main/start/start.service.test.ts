import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createKis, kontraktData, kontraktForm } from '../../../tests/support/kis-fixtures'

let temp: TempDatabase
let fx: ReturnType<typeof createKis>

beforeEach(async () => {
  temp = await createTempDatabase()
  fx = createKis(temp, () => new Date('2025-11-20T10:00:00Z'))
})

afterEach(async () => {
  await temp.cleanup()
})

describe('start page board on a real database', () => {
  it('lists open actions of signed kontrakty only, stale evaluations and participations nearing six months', async () => {
    const worker = await fx.addWorker()
    const zofia = await fx.addPerson()
    const p = await fx.open(zofia.id, worker.id, { startDate: '2025-06-01' })
    const k = await fx.kis.kontrakty.create(
      p.id,
      kontraktData(worker.id, { concludedOn: '2025-06-01', actions: kontraktForm(worker.id).actions }),
    )
    const draftOwner = await fx.addPerson({ firstName: 'Łucja' })
    const draft = await fx.open(draftOwner.id, worker.id, { startDate: '2025-09-01' })
    await fx.kis.kontrakty.create(draft.id, kontraktData(worker.id))

    expect((await fx.kis.start.board()).actions).toEqual([])
    await fx.kis.kontrakty.sign(k.id)
    await fx.kis.kontrakty.progress(
      k.actions.find((a) => a.description === 'Udział w warsztatach CV')!.id,
      'wykonane',
    )

    const board = await fx.kis.start.board()
    expect(board.today).toBe('2025-11-20')
    expect(board.actions.map((a) => [a.description, a.deadline, a.overdue, a.personName])).toEqual([
      ['Skierowanie na kurs i opłacenie dojazdów', '2025-09-30', true, 'Żółw Zofia'],
      ['Udział w kursie', '2025-11-30', false, 'Żółw Zofia'],
    ])
    expect(board.evaluations).toMatchObject([
      { kontraktNumber: k.number, lastEvaluatedOn: null, dueSince: '2025-09-01' },
    ])
    expect(board.sixMonths).toMatchObject([{ participationId: p.id, reachesOn: '2025-12-01', daysLeft: 11 }])
  })
})
