// Porozumienia with the starosta (PUP) and the minimum-rate table (editable data with its confidence).
// A record carries its kinds of work (§ 3 of the 2017 regulation) and, under the old regime, where its
// rate falls below the minimum in force.
// Payouts and refunds read the porozumienie's terms, rate periods and the minimum rates from here,
// passing their transaction where they read inside one.
import type { Kysely } from 'kysely'
import type {
  MinimumRateInput,
  MinimumRateRecord,
  PorozumienieInput,
  PorozumienieRecord,
} from '@shared/psu-porozumienia.schema'
import { REGIMES, regimeFor } from '@shared/psu-regime'
import { belowMinimum, type MinimumRateFrom } from '@shared/psu-minimum'
import { addMonthsClamped } from '@shared/kis-periods'
import { addDays } from '@shared/psu-calendar'
import { formatDate } from '@shared/dates'
import { formatMonth } from '@shared/psu-calendar'
import { formatHoursUnit } from '@shared/psu-hours'
import { foldForSearch, pluralPl } from '@shared/text'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import * as repo from './porozumienia.repo'

export type PorozumieniaService = ReturnType<typeof createPorozumieniaService>
type Db = Kysely<Database>

export function createPorozumieniaService(db: Db, now: () => Date = () => new Date()) {
  async function withRates(executor: Db, rows: repo.PorozumienieRow[]): Promise<PorozumienieRecord[]> {
    const ids = rows.map((r) => r.id)
    const rates = await repo.ratesOf(executor, ids)
    const works = await repo.worksOf(executor, ids)
    const minimum = rows.some((r) => regimeFor(r.signedOn) === 'stary')
      ? await repo.listMinimumRates(executor)
      : []
    return rows.map((r) =>
      toRecord(
        r,
        rates
          .filter((x) => x.porozumienieId === r.id)
          .map((x) => ({ validFrom: x.validFrom, rateGr: x.rateGr })),
        works
          .filter((w) => w.porozumienieId === r.id)
          .map((w) => ({ kind: w.kind, place: w.place, hostUnit: w.hostUnit })),
        minimum,
      ),
    )
  }

  async function load(executor: Db, id: number): Promise<PorozumienieRecord> {
    const row = await repo.findPorozumienie(executor, id)
    if (!row) throw notFound(`porozumienie o numerze ${id}`)
    return (await withRates(executor, [row]))[0]!
  }

  async function refuseDuplicateNumber(executor: Db, number: string, selfId: number | null) {
    const other = await repo.findByNumberKey(executor, foldForSearch(number))
    if (other && other.id !== selfId) {
      const message = `Porozumienie nr ${other.number} już jest w spisie.`
      throw new DomainError('CONFLICT', message, { number: message })
    }
  }

  return {
    async list(ex: Db = db): Promise<PorozumienieRecord[]> {
      return withRates(ex, await repo.listPorozumienia(ex))
    },

    get(id: number): Promise<PorozumienieRecord> {
      return load(db, id)
    },

    /** The porozumienie with its rate periods, or undefined: for callers with their own message. */
    async find(ex: Db, id: number): Promise<PorozumienieRecord | undefined> {
      const row = await repo.findPorozumienie(ex, id)
      return row && (await withRates(ex, [row]))[0]
    },

    create(input: PorozumienieInput): Promise<PorozumienieRecord> {
      return db.transaction().execute(async (trx) => {
        await refuseDuplicateNumber(trx, input.number, null)
        const stamp = now().toISOString()
        const id = await repo.insertPorozumienie(trx, {
          ...columns(input),
          created_at: stamp,
          updated_at: stamp,
        })
        await repo.replaceRates(trx, id, input.rates)
        await repo.replaceWorks(trx, id, input.works)
        return load(trx, id)
      })
    },

    update(id: number, input: PorozumienieInput): Promise<PorozumienieRecord> {
      return db.transaction().execute(async (trx) => {
        await load(trx, id)
        await refuseDuplicateNumber(trx, input.number, id)
        const span = await repo.assignmentSpan(trx, id)
        if (span?.first && span.last && (span.first < input.periodFrom || span.last > input.periodTo)) {
          const message = `Przydziały w tym porozumieniu trwają od ${formatDate(span.first)} do ${formatDate(span.last)} — okres porozumienia musi je obejmować.`
          throw new DomainError('CONFLICT', message, { periodFrom: message })
        }
        await refuseLimitsBelowEntered(trx, id, input)
        await refuseDurationBelowAssigned(trx, id, input.maxMonthsPerPerson)
        await repo.updatePorozumienie(trx, id, { ...columns(input), updated_at: now().toISOString() })
        await repo.replaceRates(trx, id, input.rates)
        await repo.replaceWorks(trx, id, input.works)
        return load(trx, id)
      })
    },

    /** Only a porozumienie nobody was assigned under: otherwise it is history. */
    remove(id: number): Promise<void> {
      return db.transaction().execute(async (trx) => {
        const record = await load(trx, id)
        if (record.assignments > 0) {
          throw new DomainError(
            'CONFLICT',
            `Nie można usunąć porozumienia nr ${record.number}: ma ${record.assignments} ${pluralPl(record.assignments, 'przydział', 'przydziały', 'przydziałów')}.`,
          )
        }
        await repo.deletePorozumienie(trx, id)
      })
    },

    /** The table by date (oldest first). */
    async listMinimumRates(ex: Db = db): Promise<MinimumRateRecord[]> {
      return (await repo.listMinimumRates(ex)).map(toMinimumRate)
    },

    saveMinimumRate(id: number | null, input: MinimumRateInput): Promise<MinimumRateRecord> {
      return db.transaction().execute(async (trx) => {
        if (id !== null && !(await repo.findMinimumRate(trx, id)))
          throw notFound(`stawka minimalna o numerze ${id}`)
        const same = await repo.findMinimumRateByDate(trx, input.validFrom)
        if (same && same.id !== id) {
          const message = `Stawka od ${formatDate(input.validFrom)} już jest w tabeli — popraw ją zamiast dodawać drugą.`
          throw new DomainError('CONFLICT', message, { validFrom: message })
        }
        const row = {
          valid_from: input.validFrom,
          rate_gr: input.rateGr,
          confidence: input.confidence,
          source: input.source,
        }
        const savedId = id ?? (await repo.insertMinimumRate(trx, row))
        if (id !== null) await repo.updateMinimumRate(trx, id, row)
        return toMinimumRate((await repo.findMinimumRate(trx, savedId))!)
      })
    },

    removeMinimumRate(id: number): Promise<void> {
      return db.transaction().execute(async (trx) => {
        if (!(await repo.findMinimumRate(trx, id))) throw notFound(`stawka minimalna o numerze ${id}`)
        await repo.deleteMinimumRate(trx, id)
      })
    },
  }
}

/** Hours already entered must stay within the limits: lowering a limit below them is refused. */
async function refuseLimitsBelowEntered(trx: Db, id: number, input: PorozumienieInput) {
  const peak = await repo.peakHours(trx, id)
  if (peak.month && peak.month.total > input.monthlyLimitMin) {
    const message = `W miesiącu ${formatMonth(peak.month.period)} jedna osoba ma już wpisane ${formatHoursUnit(peak.month.total)} — limit miesięczny nie może być niższy.`
    throw new DomainError('CONFLICT', message, { monthlyLimitMin: message })
  }
  if (peak.week && input.weeklyLimitMin !== null && peak.week.total > input.weeklyLimitMin) {
    const message = `W tygodniu od ${formatDate(peak.week.period)} jedna osoba ma już wpisane ${formatHoursUnit(peak.week.total)} — limit tygodniowy nie może być niższy.`
    throw new DomainError('CONFLICT', message, { weeklyLimitMin: message })
  }
}

/** People already assigned for longer than a lowered maximum duration keep it: lowering below is refused. */
async function refuseDurationBelowAssigned(trx: Db, id: number, maxMonths: number | null) {
  if (maxMonths === null) return
  const longest = (await repo.personSpans(trx, id))[0]
  if (longest && longest.last > addDays(addMonthsClamped(longest.first, maxMonths), -1)) {
    const message = `${longest.firstName} ${longest.lastName} ma przydziały w tym porozumieniu od ${formatDate(longest.first)} do ${formatDate(longest.last)} — najdłuższy okres prac nie może być krótszy.`
    throw new DomainError('CONFLICT', message, { maxMonthsPerPerson: message })
  }
}

function columns(input: PorozumienieInput) {
  return {
    number: input.number,
    number_key: foldForSearch(input.number),
    signed_on: input.signedOn,
    period_from: input.periodFrom,
    period_to: input.periodTo,
    planned_persons: input.plannedPersons,
    planned_min: input.plannedMin,
    monthly_limit_min: input.monthlyLimitMin,
    weekly_limit_min: input.weeklyLimitMin,
    refund_share_bp: input.refundShareBp,
    refund_base: input.refundBase,
    refund_amount_gr: input.refundAmountGr,
    refund_due_days: input.refundDueDays,
    max_months_per_person: input.maxMonthsPerPerson,
    notes: input.notes,
  }
}

function toRecord(
  r: repo.PorozumienieRow,
  rates: { validFrom: string; rateGr: number }[],
  works: PorozumienieRecord['works'],
  minimumRates: readonly MinimumRateFrom[],
): PorozumienieRecord {
  const regime = regimeFor(r.signedOn)
  const term = { from: r.periodFrom, to: r.periodTo }
  return {
    id: r.id,
    number: r.number,
    signedOn: r.signedOn,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    regime,
    legalBasis: REGIMES[regime].legalBasis,
    plannedPersons: r.plannedPersons,
    plannedMin: r.plannedMin,
    monthlyLimitMin: r.monthlyLimitMin,
    weeklyLimitMin: r.weeklyLimitMin,
    refundShareBp: r.refundShareBp,
    refundBase: r.refundBase,
    refundAmountGr: r.refundAmountGr,
    refundDueDays: r.refundDueDays,
    maxMonthsPerPerson: r.maxMonthsPerPerson,
    works,
    rates,
    belowMinimum: regime === 'stary' ? belowMinimum(term, rates, minimumRates) : [],
    notes: r.notes,
    assignments: r.assignments,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}

function toMinimumRate(r: Awaited<ReturnType<typeof repo.listMinimumRates>>[number]): MinimumRateRecord {
  return { id: r.id, validFrom: r.validFrom, rateGr: r.rateGr, confidence: r.confidence, source: r.source }
}
