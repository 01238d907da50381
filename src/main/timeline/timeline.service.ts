// One participant's history in date order, gathered from sources: the KIS domains' records as entries.
// A domain of its own (it reads participations, kontrakty and support), so none of those imports it.
import { formatDate } from '@shared/dates'
import { ACTIVITY_KINDS, type ActivityRecord } from '@shared/activity.schema'
import { ACHIEVEMENTS, KONTRAKT_VARIANTS, type KontraktRecord } from '@shared/kontrakt.schema'
import { END_REASONS, EMPLOYMENT_FORMS, type ParticipationRecord } from '@shared/participation.schema'
import { TARGET_GROUP_SHORT } from '@shared/eligibility'
import type { TimelineEntry } from '@shared/timeline.schema'
import type { ActivitiesService } from '../activities/activities.service'
import type { KontraktyService } from '../kontrakty/kontrakty.service'
import type { ParticipationsService } from '../participations/participations.service'

export type TimelineSource = (participantId: number) => Promise<TimelineEntry[]>
export type TimelineService = ReturnType<typeof createTimelineService>

export function createTimelineService(sources: readonly TimelineSource[]) {
  return {
    /** Newest first; on one day, in the order the sources were given. */
    async forParticipant(participantId: number): Promise<TimelineEntry[]> {
      const entries: TimelineEntry[] = []
      for (const source of sources) entries.push(...(await source(participantId)))
      return entries
        .map((entry, order) => ({ entry, order }))
        .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.order - a.order)
        .map(({ entry }) => entry)
    },
  }
}

/** The KIS programme's sources: participations, kontrakty with their annexes and evaluations, support. */
export function kisTimelineSources(services: {
  participations: ParticipationsService
  kontrakty: KontraktyService
  activities: ActivitiesService
}): TimelineSource[] {
  return [
    async (id) => (await services.participations.listForParticipant(id)).flatMap(participationEntries),
    async (id) => (await services.kontrakty.listForParticipant(id)).flatMap(kontraktEntries),
    async (id) => (await services.activities.listForParticipant(id)).map(activityEntry),
  ]
}

function participationEntries(p: ParticipationRecord): TimelineEntry[] {
  const referral =
    p.referralKind === 'ops'
      ? `skierowanie: pracownik socjalny ${p.referringWorkerName ?? ''}`
      : `skierowanie PUP nr ${p.pupReferralNumber ?? ''} z ${formatDate(p.pupReferralDate)}`
  const groups = p.targetGroups.map((g) => TARGET_GROUP_SHORT[g]).join(', ')
  const entries: TimelineEntry[] = [
    {
      date: p.startDate,
      source: 'uczestnictwo',
      title: 'Rozpoczęcie uczestnictwa w KIS',
      detail: `${referral} · grupy: ${groups} · 6 miesięcy mija ${formatDate(p.sixMonthsOn)}`,
      document: null,
    },
  ]
  if (p.endDate && p.endReason) {
    const graduate = p.graduate ? 'absolwent (6 miesięcy lub dłużej)' : 'uczestnictwo krótsze niż 6 miesięcy'
    const employment = p.employmentDate ? ` · zatrudnienie od ${formatDate(p.employmentDate)}` : ''
    entries.push({
      date: p.endDate,
      source: 'uczestnictwo',
      title: `Zakończenie uczestnictwa: ${END_REASONS[p.endReason]}`,
      detail: `${graduate}${employment}`,
      document: { kind: 'zaswiadczenie-kis', participationId: p.id },
    })
  }
  return entries
}

function kontraktEntries(k: KontraktRecord): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    {
      date: k.concludedOn,
      source: 'kontrakt',
      title: `Kontrakt socjalny nr ${k.number} (wariant ${k.variant})${k.signedAt ? '' : ' — projekt, niepodpisany'}`,
      detail: `${KONTRAKT_VARIANTS[k.variant].split(' — ')[0]} · cel główny: ${k.mainGoal} · obowiązuje do ${formatDate(k.endDate)}`,
      document: { kind: 'kontrakt-socjalny', kontraktId: k.id },
    },
  ]
  for (const aneks of k.aneksy) {
    entries.push({
      date: aneks.aneksDate,
      source: 'kontrakt',
      title: `Aneks nr ${aneks.number} do kontraktu nr ${k.number}`,
      detail: `${aneks.description} — ${aneks.changes.join(' ')}`,
      document: { kind: 'kontrakt-aneks', aneksId: aneks.id },
    })
  }
  for (const evaluation of k.evaluations) {
    const counts = Object.entries(ACHIEVEMENTS)
      .map(([code, label]) => [label, evaluation.goals.filter((g) => g.achievement === code).length] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label}: ${n}`)
      .join(', ')
    entries.push({
      date: evaluation.evaluatedOn,
      source: 'kontrakt',
      title: `Ocena realizacji kontraktu nr ${k.number}`,
      detail: `${evaluation.summary} (cele — ${counts})`,
      document: { kind: 'kontrakt-ocena', evaluationId: evaluation.id },
    })
  }
  return entries
}

function activityEntry(a: ActivityRecord): TimelineEntry {
  const until = a.endDate ? ` do ${formatDate(a.endDate)}` : ''
  const details: Record<ActivityRecord['kind'], string> = {
    sesja_indywidualna: [a.topic, a.staffMemberName].filter(Boolean).join(' · '),
    doradztwo_zawodowe: [a.topic, a.provider].filter(Boolean).join(' · '),
    doradztwo_psychologiczne: [a.topic, a.provider].filter(Boolean).join(' · '),
    poradnictwo_prawne: [a.topic, a.provider].filter(Boolean).join(' · '),
    zajecia_grupowe: [a.topic, a.provider].filter(Boolean).join(' · '),
    staz: `${a.organization}${until}`,
    projekt_ue: `${a.projectName}${until}`,
    zatrudnienie: [a.organization, a.employmentForm && EMPLOYMENT_FORMS[a.employmentForm]]
      .filter(Boolean)
      .join(' · '),
    swiadczenie_zus: a.benefitName,
  }
  return {
    date: a.date,
    source: 'wsparcie',
    title: ACTIVITY_KINDS[a.kind],
    detail: [details[a.kind], a.notes].filter(Boolean).join(' — '),
    document: null,
  }
}
