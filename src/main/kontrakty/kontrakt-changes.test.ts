import { describe, expect, it } from 'vitest'
import { describeChanges, type KontraktTerms } from './kontrakt-changes'

function terms(overrides: Partial<KontraktTerms> = {}): KontraktTerms {
  return {
    place: 'Zgierz',
    socialWorker: 'Maria Nowak',
    familyMembers: [],
    situationCauses: 'długotrwałe bezrobocie',
    strengths: 'motywacja',
    limitations: 'brak kwalifikacji',
    unemploymentCauses: '',
    barriers: '',
    earlierActivation: '',
    mainGoal: 'Podjęcie pracy',
    goals: [
      { id: 1, text: 'Ukończenie kursu' },
      { id: 2, text: 'Przygotowanie CV' },
    ],
    actions: [
      {
        id: 10,
        side: 'osoba',
        description: 'Udział w kursie',
        deadline: '2026-05-31',
        responsible: 'uczestnik',
        status: 'zaplanowane',
      },
    ],
    expectedEffects: 'zatrudnienie',
    endDate: '2026-06-30',
    ...overrides,
  }
}

describe('describeChanges', () => {
  it('finds nothing when the terms are the same', () => {
    expect(describeChanges(terms(), terms())).toEqual([])
  })

  it('describes a longer kontrakt, a reworded goal, a new goal and a moved deadline', () => {
    const before = terms()
    const after = terms({
      endDate: '2026-08-31',
      goals: [
        { id: 1, text: 'Ukończenie kursu spawacza' },
        { id: 2, text: 'Przygotowanie CV' },
        { id: null, text: 'Rozmowa kwalifikacyjna' },
      ],
      actions: [{ ...before.actions[0]!, deadline: '2026-07-31', status: 'w_trakcie' }],
    })
    expect(describeChanges(before, after)).toEqual([
      'Termin zakończenia kontraktu: 30.06.2026 → 31.08.2026.',
      'Cel szczegółowy 1 — nowe brzmienie: „Ukończenie kursu spawacza”.',
      'Dodano cel szczegółowy 3: „Rozmowa kwalifikacyjna”.',
      'Zmieniono działanie „Udział w kursie”: termin 31.05.2026 → 31.07.2026; stan: zaplanowane → w trakcie.',
    ])
  })

  it('describes removed goals and actions, new actions, family members and a new worker', () => {
    const before = terms()
    const after = terms({
      socialWorker: 'Jan Wiśniewski',
      familyMembers: [{ fullName: 'Anna Kowalska', pesel: '', relation: 'żona', address: '' }],
      goals: [{ id: 1, text: 'Ukończenie kursu' }],
      actions: [
        {
          id: null,
          side: 'osrodek',
          description: 'Skierowanie na kurs',
          deadline: '2026-04-15',
          responsible: 'Maria Nowak',
          status: 'zaplanowane',
        },
      ],
      expectedEffects: 'stała praca',
    })
    expect(describeChanges(before, after)).toEqual([
      'Pracownik socjalny: Maria Nowak → Jan Wiśniewski.',
      'Przewidywane efekty — nowe brzmienie: „stała praca”.',
      'Dodano członka rodziny: Anna Kowalska, żona.',
      'Usunięto cel szczegółowy 2: „Przygotowanie CV”.',
      'Dodano działanie pracownika socjalnego/ośrodka: „Skierowanie na kurs” (termin 15.04.2026, odpowiada: Maria Nowak).',
      'Usunięto działanie osoby/rodziny: „Udział w kursie”.',
    ])
  })
})
