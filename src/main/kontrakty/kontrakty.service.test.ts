import { DEFAULT_OFFICE } from '@shared/office.schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { evaluationInput, kontraktInput, type KontraktData, type KontraktForm } from '@shared/kontrakt.schema'
import { addMonthsClamped } from '@shared/kis-periods'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createKis, kontraktData, kontraktForm } from '../../../tests/support/kis-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let fx: ReturnType<typeof createKis>
let workerId: number

beforeEach(async () => {
  temp = await createTempDatabase()
  fx = createKis(temp, () => new Date('2026-04-01T10:00:00Z'))
  workerId = (await fx.addWorker()).id
})

afterEach(async () => {
  await temp.cleanup()
})

async function participation(startDate = '2025-09-01') {
  return fx.open((await fx.addPerson()).id, workerId, { startDate })
}

/** A kontrakt concluded on a date, running three months, with every deadline a month in. */
function concludedAt(concludedOn: string, overrides: Partial<KontraktForm> = {}) {
  const form = kontraktForm(workerId, overrides)
  return kontraktInput.parse({
    ...form,
    concludedOn,
    endDate: addMonthsClamped(concludedOn, 3),
    actions: form.actions.map((a) => ({ ...a, deadline: addMonthsClamped(concludedOn, 1) })),
  })
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

/** An aneks to a kontrakt with the given terms, dated and described unless the test cares. */
function amend(id: number, data: KontraktData, aneksDate = '2025-10-01', description = 'x') {
  return fx.kis.kontrakty.amend({ id, aneksDate, description, data })
}

function rows(sql: string) {
  return temp.database.sqlite.prepare(sql).all()
}

describe('kontrakt numbering', () => {
  it('numbers kontrakty in a yearly sequence with the prefix from settings, starting again in a new year', async () => {
    const office = { ...DEFAULT_OFFICE, officeName: 'MOPS Zgierz', officePlace: 'Zgierz' }
    await fx.kis.office.update({ ...office, kontraktPrefix: 'KS' })
    const numbers: string[] = []
    for (const concludedOn of ['2025-12-30', '2025-12-31', '2026-01-02']) {
      numbers.push(
        (await fx.kis.kontrakty.create((await participation()).id, concludedAt(concludedOn))).number,
      )
    }
    await fx.kis.office.update({ ...office, kontraktPrefix: 'OPS.KS' })
    numbers.push(
      (await fx.kis.kontrakty.create((await participation()).id, concludedAt('2026-01-05'))).number,
    )
    expect(numbers).toEqual(['KS/1/2025', 'KS/2/2025', 'KS/1/2026', 'OPS.KS/2/2026'])
    expect(rows('SELECT number_year, number_seq FROM kontrakty ORDER BY id')).toEqual([
      { number_year: 2025, number_seq: 1 },
      { number_year: 2025, number_seq: 2 },
      { number_year: 2026, number_seq: 1 },
      { number_year: 2026, number_seq: 2 },
    ])
  })

  it('renumbers a draft whose date moves to another year', async () => {
    const k = await fx.kis.kontrakty.create((await participation()).id, concludedAt('2025-12-30'))
    const moved = await fx.kis.kontrakty.update(
      k.id,
      concludedAt('2026-01-02', { goals: k.goals, actions: k.actions }),
    )
    expect([k.number, moved.number]).toEqual(['KS/1/2025', 'KS/1/2026'])
  })

  it('refuses a second kontrakt for one participation, and one for a closed participation', async () => {
    const p = await participation()
    const first = await fx.kis.kontrakty.create(p.id, kontraktData(workerId))
    const second = await refusal(fx.kis.kontrakty.create(p.id, kontraktData(workerId)))
    expect(second.message).toBe(
      `To uczestnictwo ma już kontrakt socjalny nr ${first.number}. Otwórz go zamiast tworzyć nowy.`,
    )
    expect(rows('SELECT id FROM kontrakty')).toHaveLength(1)
  })
})

describe('kontrakt terms', () => {
  it('stores every part of the template with goals and actions of both sides', async () => {
    const p = await participation()
    const k = await fx.kis.kontrakty.create(p.id, kontraktData(workerId))
    expect(k).toMatchObject({
      variant: 'B',
      number: 'KS/1/2025',
      place: 'Zgierz',
      socialWorkerName: 'Maria Nowak',
      familyMembers: [],
      unemploymentCauses: 'Utrata pracy w 2022 r.',
      goals: [
        { text: 'Ukończenie kursu magazyniera z obsługą wózka widłowego' },
        { text: 'Przygotowanie CV i listu motywacyjnego' },
      ],
      signedAt: null,
      aneksy: [],
      evaluations: [],
    })
    expect(k.actions.map((a) => [a.side, a.description])).toEqual([
      ['osoba', 'Udział w kursie'],
      ['osoba', 'Udział w warsztatach CV'],
      ['osrodek', 'Skierowanie na kurs i opłacenie dojazdów'],
    ])
  })

  it('refuses an action deadline outside the kontrakt period, naming the period, in the shared schema', () => {
    const form = kontraktForm(workerId)
    form.actions[1] = { ...form.actions[1]!, deadline: '2026-03-01' }
    const result = kontraktInput.safeParse(form)
    expect(result.success).toBe(false)
    expect(result.error!.issues).toMatchObject([
      {
        path: ['actions', 1, 'deadline'],
        message: 'Termin działania musi mieścić się w okresie kontraktu (01.09.2025–28.02.2026).',
      },
    ])
  })

  it('asks in variant B for the causes of unemployment, barriers and earlier activation', () => {
    const result = kontraktInput.safeParse(
      kontraktForm(workerId, { unemploymentCauses: '', barriers: '', earlierActivation: '' }),
    )
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'unemploymentCauses',
      'barriers',
      'earlierActivation',
    ])
    expect(
      kontraktInput.safeParse(kontraktForm(workerId, { variant: 'A', unemploymentCauses: '' })).success,
    ).toBe(true)
  })

  it('edits a draft keeping goal and action ids, then refuses a direct edit once signed', async () => {
    const k = await fx.kis.kontrakty.create((await participation()).id, kontraktData(workerId))
    const form = kontraktForm(workerId, {
      goals: [{ id: k.goals[0]!.id, text: 'Ukończenie kursu magazyniera' }],
      actions: k.actions.map((a) => ({ ...a })),
    })
    const edited = await fx.kis.kontrakty.update(k.id, kontraktInput.parse(form))
    expect(edited.goals).toEqual([{ id: k.goals[0]!.id, text: 'Ukończenie kursu magazyniera' }])
    expect(edited.actions.map((a) => a.id)).toEqual(k.actions.map((a) => a.id))

    await fx.kis.kontrakty.sign(k.id)
    const before = rows('SELECT * FROM kontrakty')
    const error = await refusal(
      fx.kis.kontrakty.update(k.id, kontraktInput.parse({ ...form, mainGoal: 'Inny cel' })),
    )
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe(
      'Kontrakt nr KS/1/2025 jest podpisany — nie można go zmienić bezpośrednio. Zmiany wprowadź aneksem.',
    )
    expect(rows('SELECT * FROM kontrakty')).toEqual(before)
  })
})

describe('the parties of variant B (wzór, rozporządzenie z 8.11.2010, Dz.U. 2010 nr 218 poz. 1439)', () => {
  const SISTER = { fullName: 'Anna Żółw', pesel: '', relation: 'siostra', address: '' }
  /** Terms that passed the schema as variant A, then turned into B: what only the service stands against. */
  const familyOnB = (overrides: Partial<KontraktForm> = {}) => ({
    ...kontraktData(workerId, { variant: 'A', familyMembers: [SISTER], ...overrides }),
    variant: 'B' as const,
  })
  const refusedOnB = {
    'data.familyMembers':
      'Kontrakt w wariancie B zawiera się tylko z osobą i pracownikiem socjalnym — usuń członków rodziny albo wybierz wariant A.',
  }

  it('keeps family members as parties of a variant A kontrakt', async () => {
    const k = await fx.kis.kontrakty.create(
      (await participation()).id,
      kontraktData(workerId, { variant: 'A', familyMembers: [SISTER] }),
    )
    expect(k).toMatchObject({ variant: 'A', familyMembers: [{ fullName: 'Anna Żółw', relation: 'siostra' }] })
  })

  it('variant B has no family members: the service refuses a new kontrakt with them and writes nothing', async () => {
    const error = await refusal(fx.kis.kontrakty.create((await participation()).id, familyOnB()))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.fields).toEqual(refusedOnB)
    expect(rows('SELECT id FROM kontrakty')).toEqual([])
    expect(rows('SELECT * FROM kontrakt_family_members')).toEqual([])
  })

  it('variant B has no family members: the service refuses them in a draft edit and in an aneks', async () => {
    const k = await fx.kis.kontrakty.create((await participation()).id, kontraktData(workerId))
    const terms = { goals: k.goals, actions: k.actions }
    const edit = await refusal(fx.kis.kontrakty.update(k.id, familyOnB(terms)))
    expect(edit.fields).toEqual(refusedOnB)

    const signed = await fx.kis.kontrakty.sign(k.id)
    const before = rows('SELECT * FROM kontrakty')
    const aneks = await refusal(amend(k.id, familyOnB(terms), '2025-10-01', 'Dołączenie siostry.'))
    expect(aneks.fields).toEqual(refusedOnB)
    expect(rows('SELECT * FROM kontrakty')).toEqual(before)
    expect(rows('SELECT * FROM kontrakt_aneksy')).toEqual([])
    expect(await fx.kis.kontrakty.get(k.id)).toEqual(signed)
  })
})

describe('aneks', () => {
  it('changes a signed kontrakt only through an aneks that keeps the terms before and after as history', async () => {
    const k = await fx.kis.kontrakty.create((await participation()).id, kontraktData(workerId))
    const draftAneks = await refusal(amend(k.id, kontraktData(workerId)))
    expect(draftAneks.message).toMatch(/nie jest jeszcze podpisany/)
    await fx.kis.kontrakty.sign(k.id)

    const form = kontraktForm(workerId, {
      endDate: '2026-04-30',
      goals: [...k.goals, { id: null, text: 'Rozmowa kwalifikacyjna' }],
      actions: [
        ...k.actions.map((a) => (a.description === 'Udział w kursie' ? { ...a, deadline: '2026-03-31' } : a)),
      ],
    })
    const amended = await fx.kis.kontrakty.amend({
      id: k.id,
      aneksDate: '2025-11-20',
      description: 'Przesunięcie terminu kursu — kurs przełożony przez organizatora.',
      data: kontraktInput.parse(form),
    })
    expect(amended.endDate).toBe('2026-04-30')
    expect(amended.aneksy).toMatchObject([
      {
        number: 1,
        aneksDate: '2025-11-20',
        changes: [
          'Termin zakończenia kontraktu: 28.02.2026 → 30.04.2026.',
          'Dodano cel szczegółowy 3: „Rozmowa kwalifikacyjna”.',
          'Zmieniono działanie „Udział w kursie”: termin 30.11.2025 → 31.03.2026.',
        ],
      },
    ])
    const [stored] = rows('SELECT before_json, after_json FROM kontrakt_aneksy') as {
      before_json: string
      after_json: string
    }[]
    expect(JSON.parse(stored!.before_json)).toMatchObject({ endDate: '2026-02-28', goals: k.goals })
    expect(JSON.parse(stored!.after_json)).toMatchObject({ endDate: '2026-04-30' })

    const earlier = await refusal(
      fx.kis.kontrakty.amend({
        id: k.id,
        aneksDate: '2025-11-19',
        description: 'x',
        data: kontraktInput.parse({ ...form, mainGoal: 'Inny' }),
      }),
    )
    expect(earlier.fields).toEqual({
      aneksDate: 'Aneks nie może mieć daty wcześniejszej niż poprzedni aneks nr 1 (20.11.2025).',
    })
  })

  it('refuses an aneks that changes nothing, or the variant, and leaves the kontrakt as it was', async () => {
    const k = await fx.kis.kontrakty.create((await participation()).id, kontraktData(workerId))
    const signed = await fx.kis.kontrakty.sign(k.id)
    const same = kontraktForm(workerId, { goals: signed.goals, actions: signed.actions })
    const nothing = await refusal(
      fx.kis.kontrakty.amend({
        id: k.id,
        aneksDate: '2025-10-01',
        description: 'bez zmian',
        data: kontraktInput.parse(same),
      }),
    )
    expect(nothing.message).toMatch(/Aneks nic nie zmienia/)
    const variant = await refusal(
      fx.kis.kontrakty.amend({
        id: k.id,
        aneksDate: '2025-10-01',
        description: 'A',
        data: kontraktInput.parse({ ...same, variant: 'A' }),
      }),
    )
    expect(variant.fields).toEqual({ 'data.variant': 'Aneks nie zmienia wariantu kontraktu.' })
    expect(await fx.kis.kontrakty.get(k.id)).toEqual(signed)
  })
})

describe('evaluations and monitoring', () => {
  it('evaluates a signed kontrakt per goal and keeps evaluated goals from being removed by an aneks', async () => {
    const k = await fx.kis.kontrakty.sign(
      (await fx.kis.kontrakty.create((await participation()).id, kontraktData(workerId))).id,
    )
    const evaluated = await fx.kis.kontrakty.evaluate(
      evaluationInput.parse({
        id: k.id,
        evaluatedOn: '2025-12-01',
        summary: 'Kurs w toku, CV gotowe.',
        goals: [
          { goalId: k.goals[0]!.id, achievement: 'czesciowo', comment: 'kurs trwa' },
          { goalId: k.goals[1]!.id, achievement: 'osiagniety', comment: '' },
        ],
      }),
    )
    expect(evaluated.evaluations).toMatchObject([
      {
        evaluatedOn: '2025-12-01',
        goals: [
          { goalText: 'Ukończenie kursu magazyniera z obsługą wózka widłowego', achievement: 'czesciowo' },
          { goalText: 'Przygotowanie CV i listu motywacyjnego', achievement: 'osiagniety' },
        ],
      },
    ])
    const removal = await refusal(
      fx.kis.kontrakty.amend({
        id: k.id,
        aneksDate: '2025-12-02',
        description: 'usunięcie celu',
        data: kontraktInput.parse(kontraktForm(workerId, { goals: [k.goals[0]!], actions: k.actions })),
      }),
    )
    expect(removal.message).toMatch(/ma już ocenę realizacji, więc nie można go usunąć/)
    expect((await fx.kis.kontrakty.get(k.id)).goals).toHaveLength(2)
  })

  it('refuses to evaluate a draft or with a goal missing', async () => {
    const k = await fx.kis.kontrakty.create((await participation()).id, kontraktData(workerId))
    const goals = k.goals.map((g) => ({ goalId: g.id, achievement: 'osiagniety' as const, comment: '' }))
    const draft = await refusal(
      fx.kis.kontrakty.evaluate({ id: k.id, evaluatedOn: '2025-12-01', summary: 'x', goals }),
    )
    expect(draft.message).toMatch(/nie jest podpisany/)
    await fx.kis.kontrakty.sign(k.id)
    const partial = await refusal(
      fx.kis.kontrakty.evaluate({ id: k.id, evaluatedOn: '2025-12-01', summary: 'x', goals: goals.slice(1) }),
    )
    expect(partial.code).toBe('CONFLICT')
    expect(rows('SELECT * FROM kontrakt_evaluations')).toEqual([])
  })

  it('changes an action status on a signed kontrakt without an aneks (monitoring, not new terms)', async () => {
    const k = await fx.kis.kontrakty.sign(
      (await fx.kis.kontrakty.create((await participation()).id, kontraktData(workerId))).id,
    )
    const progressed = await fx.kis.kontrakty.progress(k.actions[0]!.id, 'wykonane')
    expect(progressed.actions[0]!.status).toBe('wykonane')
    expect(progressed.aneksy).toEqual([])
  })

  it('refuses to mark as signed a kontrakt dated in the future', async () => {
    const p = await participation('2026-03-01')
    const k = await fx.kis.kontrakty.create(p.id, concludedAt('2026-04-02'))
    const error = await refusal(fx.kis.kontrakty.sign(k.id))
    expect(error.message).toMatch(/jest w przyszłości/)
  })
})
