// The data-quality check run before a report: records that would make a figure wrong, each with the
// place where it is fixed. Rows about a period (participations, PSU months) are limited to it;
// PESEL and overdue actions are checked everywhere, since they are wrong whatever the period. An
// overdue action is the Start board's (isActionOverdue over the kontrakty service's watched actions).
import type { Kysely } from 'kysely'
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import { checkPesel } from '@shared/pesel'
import { formatMonth } from '@shared/psu-calendar'
import { formatMinutesAsHours } from '@shared/reports'
import {
  QUALITY_CHECK_IDS,
  type QualityCheckId,
  type QualityReport,
  type QualityRow,
} from '@shared/reports.schema'
import { pluralPl } from '@shared/text'
import type { Database } from '../db/schema'
import type { KontraktyService } from '../kontrakty/kontrakty.service'
import * as repo from './quality.repo'
import type { Period } from './reports.repo'

const nameOf = (p: { firstName: string; lastName: string }) => `${p.lastName} ${p.firstName}`
const SEX = { K: 'kobieta', M: 'mężczyzna' } as const
const LIST_STATUS: Record<string, string> = { zatwierdzona: 'zatwierdzona', wyplacona: 'wypłacona' }

export async function qualityChecks(
  db: Kysely<Database>,
  kontrakty: KontraktyService,
  period: Period,
  today: string,
): Promise<QualityReport> {
  const rows: Record<QualityCheckId, QualityRow[]> = {
    pesel: peselRows(await repo.participantsWithPesel(db)),
    'bez-kontraktu': (await repo.participationsWithoutKontrakt(db, period)).map((p) => ({
      id: String(p.id),
      name: nameOf(p),
      detail: `uczestnictwo ${p.endDate ? `${formatDate(p.startDate)}–${formatDate(p.endDate)}` : `od ${formatDate(p.startDate)}`} nie ma kontraktu socjalnego`,
      link: { kind: 'person', participantId: p.participantId },
    })),
    'dzialania-po-terminie': (await kontrakty.overdueActions(today)).map((a) => ({
      id: String(a.id),
      name: `${a.lastName} ${a.firstName}`,
      detail: `${a.number}: ${a.description} — termin ${formatDate(a.deadline)} (${a.side === 'osoba' ? 'działanie osoby' : 'działanie ośrodka'})`,
      link: { kind: 'person', participantId: a.participantId },
    })),
    'przydzialy-bez-kart': await missingSheets(db, period, today),
    'miesiace-bez-listy': (await repo.lockedMonthsWithoutList(db, period)).map((m) => {
      const persons = Number(m.persons)
      return {
        id: `${m.porozumienieId}-${m.month}`,
        name: `${m.porozumienieNumber}, ${formatMonth(m.month)}`,
        detail: `${persons} ${pluralPl(persons, 'osoba', 'osoby', 'osób')}, ${formatMinutesAsHours(Number(m.workedMin))} w zamkniętych kartach`,
        link: { kind: 'section', section: 'payouts' },
      }
    }),
    'wyplaty-bez-wniosku': (await repo.listsWithoutRefundRequest(db, period)).map((l) => ({
      id: String(l.id),
      name: `${l.number} (${formatMonth(l.month)})`,
      detail: `porozumienie ${l.porozumienieNumber}; lista ${LIST_STATUS[l.status] ?? l.status}; refundacja do wnioskowania ${formatGrosze(Number(l.refundGr))}`,
      link: { kind: 'payout-list', listId: l.id },
    })),
  }
  return { checks: QUALITY_CHECK_IDS.map((id) => ({ id, rows: rows[id] })) }
}

function peselRows(people: Awaited<ReturnType<typeof repo.participantsWithPesel>>): QualityRow[] {
  const out: QualityRow[] = []
  for (const p of people) {
    const check = checkPesel(p.pesel!)
    let problem: string | null = null
    if (!check.valid) problem = check.message
    else if (check.birthDate !== p.birthDate || check.sex !== p.sex) {
      problem = `PESEL ${p.pesel} wskazuje: ${formatDate(check.birthDate)}, ${SEX[check.sex]}; w rejestrze: ${formatDate(p.birthDate)}, ${SEX[p.sex]}`
    }
    if (problem)
      out.push({
        id: String(p.id),
        name: nameOf(p),
        detail: problem,
        link: { kind: 'person-edit', participantId: p.id },
      })
  }
  return out
}

/** Months that have fully passed, of each assignment in the period, with no day entered on its sheet. */
async function missingSheets(db: Kysely<Database>, period: Period, today: string): Promise<QualityRow[]> {
  const [assignments, filled] = await Promise.all([
    repo.assignmentsInPeriod(db, period),
    repo.filledSheetsInPeriod(db, period),
  ])
  const has = new Set(filled.map((s) => `${s.assignmentId} ${s.month}`))
  const lastPassed = previousMonth(today.slice(0, 7))
  const out: QualityRow[] = []
  for (const a of assignments) {
    const first = maxOf(a.dateFrom, period.from).slice(0, 7)
    const last = minOf(minOf(a.dateTo, period.to).slice(0, 7), lastPassed)
    for (let month = first; month <= last; month = nextMonth(month)) {
      if (has.has(`${a.id} ${month}`)) continue
      out.push({
        id: `${a.id}-${month}`,
        name: nameOf(a),
        detail: `${a.positionType} — ${a.workplace}: brak godzin za ${formatMonth(month)}`,
        link: { kind: 'timesheet', assignmentId: a.id, month },
      })
    }
  }
  return out
}

const maxOf = (a: string, b: string) => (a > b ? a : b)
const minOf = (a: string, b: string) => (a < b ? a : b)

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}
