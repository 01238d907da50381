import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '@shared/kis-periods'
import { boardFlags, sortBoard, type BoardRequest } from './refund-board'

function request(id: number, over: Partial<BoardRequest>): BoardRequest {
  return {
    id,
    requestedOn: '2026-03-05',
    dueOn: '2026-04-04',
    requestedGr: 10_000,
    status: 'zlozony',
    receivedOn: null,
    receivedGr: null,
    ...over,
  }
}

describe('refund board', () => {
  it('counts the due date in calendar days across months and years', () => {
    expect(addDays('2026-03-05', 30)).toBe('2026-04-04')
    expect(addDays('2025-12-15', 30)).toBe('2026-01-14')
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3)
  })

  it('flags an owed request past its due date and a received amount different from requested', () => {
    expect(boardFlags(request(1, {}), '2026-04-04')).toEqual({ overdueDays: 0, differenceGr: null })
    expect(boardFlags(request(1, {}), '2026-04-10')).toEqual({ overdueDays: 6, differenceGr: null })
    const short = request(2, { status: 'otrzymany', receivedOn: '2026-04-20', receivedGr: 9_990 })
    expect(boardFlags(short, '2026-05-01')).toEqual({ overdueDays: 0, differenceGr: -10 })
    const exact = request(3, { status: 'otrzymany', receivedOn: '2026-04-20', receivedGr: 10_000 })
    expect(boardFlags(exact, '2026-05-01').differenceGr).toBeNull()
  })

  it('puts overdue requests first (longest overdue on top), then owed by due date, then received, then cancelled', () => {
    const board = sortBoard(
      [
        request(1, { status: 'otrzymany', receivedOn: '2026-03-01', receivedGr: 10_000 }),
        request(2, { dueOn: '2026-05-30' }),
        request(3, { dueOn: '2026-04-01' }),
        request(4, { status: 'anulowany' }),
        request(5, { dueOn: '2026-03-20' }),
        request(6, { dueOn: '2026-05-01' }),
      ],
      '2026-04-10',
    )
    expect(board.map((r) => r.id)).toEqual([5, 3, 6, 2, 1, 4])
  })
})
