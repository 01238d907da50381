// What an aneks changes, in words: the terms before and after are compared and every difference
// becomes one Polish line, printed on the aneks and kept with it as history.
import { formatDate } from '@shared/dates'
import { ACTION_STATUSES, type ActionSide, type ActionStatus } from '@shared/kontrakt.schema'

export interface KontraktTerms {
  place: string
  socialWorker: string
  familyMembers: { fullName: string; pesel: string; relation: string; address: string }[]
  situationCauses: string
  strengths: string
  limitations: string
  unemploymentCauses: string
  barriers: string
  earlierActivation: string
  mainGoal: string
  goals: { id: number | null; text: string }[]
  actions: {
    id: number | null
    side: ActionSide
    description: string
    deadline: string
    responsible: string
    status: ActionStatus
  }[]
  expectedEffects: string
  endDate: string
}

const TEXT_FIELDS = [
  ['place', 'Miejsce zawarcia'],
  ['situationCauses', 'Przyczyny trudnej sytuacji życiowej'],
  ['strengths', 'Mocne strony i zasoby'],
  ['limitations', 'Ograniczenia'],
  ['unemploymentCauses', 'Przyczyny pozostawania bez pracy'],
  ['barriers', 'Bariery w aktywności zawodowej'],
  ['earlierActivation', 'Dotychczasowe próby aktywizacji'],
  ['mainGoal', 'Cel główny'],
  ['expectedEffects', 'Przewidywane efekty'],
] as const satisfies readonly (readonly [keyof KontraktTerms, string])[]

const SIDE_LABEL: Record<ActionSide, string> = {
  osoba: 'osoby/rodziny',
  osrodek: 'pracownika socjalnego/ośrodka',
}

const quote = (text: string) => `„${text}”`

export function describeChanges(before: KontraktTerms, after: KontraktTerms): string[] {
  const lines: string[] = []
  if (before.endDate !== after.endDate) {
    lines.push(`Termin zakończenia kontraktu: ${formatDate(before.endDate)} → ${formatDate(after.endDate)}.`)
  }
  if (before.socialWorker !== after.socialWorker) {
    lines.push(`Pracownik socjalny: ${before.socialWorker} → ${after.socialWorker}.`)
  }
  for (const [key, label] of TEXT_FIELDS) {
    if (before[key] !== after[key]) {
      lines.push(
        after[key] === '' ? `${label}: usunięto wpis.` : `${label} — nowe brzmienie: ${quote(after[key])}.`,
      )
    }
  }
  const memberKey = (m: KontraktTerms['familyMembers'][number]) =>
    `${m.fullName}|${m.pesel}|${m.relation}|${m.address}`
  const beforeMembers = new Set(before.familyMembers.map(memberKey))
  const afterMembers = new Set(after.familyMembers.map(memberKey))
  for (const m of after.familyMembers)
    if (!beforeMembers.has(memberKey(m))) lines.push(`Dodano członka rodziny: ${describeMember(m)}.`)
  for (const m of before.familyMembers)
    if (!afterMembers.has(memberKey(m))) lines.push(`Usunięto członka rodziny: ${describeMember(m)}.`)

  const goalsBefore = new Map(before.goals.map((g, i) => [g.id, { ...g, n: i + 1 }]))
  after.goals.forEach((goal, i) => {
    const old = goal.id === null ? undefined : goalsBefore.get(goal.id)
    if (!old) lines.push(`Dodano cel szczegółowy ${i + 1}: ${quote(goal.text)}.`)
    else if (old.text !== goal.text)
      lines.push(`Cel szczegółowy ${old.n} — nowe brzmienie: ${quote(goal.text)}.`)
  })
  const goalIdsAfter = new Set(after.goals.map((g) => g.id))
  for (const [id, old] of goalsBefore)
    if (!goalIdsAfter.has(id)) lines.push(`Usunięto cel szczegółowy ${old.n}: ${quote(old.text)}.`)

  const actionsBefore = new Map(before.actions.map((a) => [a.id, a]))
  for (const action of after.actions) {
    const old = action.id === null ? undefined : actionsBefore.get(action.id)
    if (!old) {
      lines.push(
        `Dodano działanie ${SIDE_LABEL[action.side]}: ${quote(action.description)} ` +
          `(termin ${formatDate(action.deadline)}, odpowiada: ${action.responsible}).`,
      )
      continue
    }
    const diffs: string[] = []
    if (old.description !== action.description) diffs.push(`opis: ${quote(action.description)}`)
    if (old.side !== action.side) diffs.push(`strona: ${SIDE_LABEL[action.side]}`)
    if (old.deadline !== action.deadline)
      diffs.push(`termin ${formatDate(old.deadline)} → ${formatDate(action.deadline)}`)
    if (old.responsible !== action.responsible)
      diffs.push(`odpowiada: ${old.responsible} → ${action.responsible}`)
    if (old.status !== action.status)
      diffs.push(`stan: ${ACTION_STATUSES[old.status]} → ${ACTION_STATUSES[action.status]}`)
    if (diffs.length > 0) lines.push(`Zmieniono działanie ${quote(old.description)}: ${diffs.join('; ')}.`)
  }
  const actionIdsAfter = new Set(after.actions.map((a) => a.id))
  for (const [id, old] of actionsBefore)
    if (!actionIdsAfter.has(id))
      lines.push(`Usunięto działanie ${SIDE_LABEL[old.side]}: ${quote(old.description)}.`)
  return lines
}

function describeMember(m: KontraktTerms['familyMembers'][number]): string {
  return [m.fullName, m.relation, m.pesel && `PESEL ${m.pesel}`].filter(Boolean).join(', ')
}
