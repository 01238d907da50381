import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createKis, kontraktData, kontraktForm } from '../../../tests/support/kis-fixtures'
import { createReportsService } from '../reports/reports.service'

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

describe('an overdue action', () => {
  it('is the same on the board and in the data-quality check, at every edge of the rule', async () => {
    const worker = await fx.addWorker()
    const action = (
      description: string,
      deadline: string,
      status: 'zaplanowane' | 'w_trakcie' | 'wykonane',
    ) => ({
      id: null,
      side: 'osoba' as const,
      description,
      deadline,
      responsible: 'uczestniczka',
      status,
    })
    const actions = [
      action('wczoraj, zaplanowane', '2025-11-19', 'zaplanowane'),
      action('wczoraj, w trakcie', '2025-11-19', 'w_trakcie'),
      { ...action('dziś', '2025-11-20', 'zaplanowane'), side: 'osrodek' as const },
      action('jutro, w trakcie', '2025-11-21', 'w_trakcie'),
      action('dawno, wykonane', '2025-10-01', 'wykonane'),
    ]
    const signed = await fx.open((await fx.addPerson()).id, worker.id, { startDate: '2025-06-01' })
    const k = await fx.kis.kontrakty.create(signed.id, kontraktData(worker.id, { actions }))
    await fx.kis.kontrakty.sign(k.id)
    // A draft's actions are watched by neither.
    const draft = await fx.open((await fx.addPerson({ firstName: 'Łucja' })).id, worker.id)
    await fx.kis.kontrakty.create(draft.id, kontraktData(worker.id, { actions }))

    const board = await fx.kis.start.board()
    const reports = createReportsService(
      temp.database.db,
      { kontrakty: fx.kis.kontrakty },
      () => new Date('2025-11-20T10:00:00Z'),
    )
    const { checks } = await reports.quality({ from: '2025-01-01', to: '2025-12-31' })
    const listed = checks.find((c) => c.id === 'dzialania-po-terminie')!.rows
    const overdue = board.actions.filter((a) => a.overdue)
    expect(overdue.map((a) => a.description)).toEqual(['wczoraj, zaplanowane', 'wczoraj, w trakcie'])
    expect(listed.map((r) => r.id)).toEqual(overdue.map((a) => String(a.actionId)))
    expect(board.actions.filter((a) => !a.overdue).map((a) => a.description)).toEqual([
      'dziś',
      'jutro, w trakcie',
    ])
  })
})
