import { describe, expect, it } from 'vitest'
import { todayIso } from './dates'
import { participantInput, participantListQuery, type ParticipantForm } from './participant.schema'
import { makePesel } from '../../tests/support/pesel-factory'
import { looksPolish } from '../../tests/support/polish'

function form(overrides: Partial<ParticipantForm> = {}): ParticipantForm {
  return {
    firstName: 'Jan',
    lastName: 'Kowalski',
    identityKind: 'pesel',
    pesel: '44051401359',
    idDocument: '',
    birthDate: '',
    sex: '',
    address: 'ul. Piotrkowska 1, 90-001 Łódź',
    phone: '',
    email: '',
    admissionDate: '2020-01-15',
    targetGroups: ['dlugotrwale_bezrobotni'],
    otherGroupReason: '',
    exclusions: [],
    therapyCompleted: false,
    notes: '',
    status: 'aktywny',
    ...overrides,
  }
}

function documentForm(overrides: Partial<ParticipantForm> = {}): ParticipantForm {
  return form({
    identityKind: 'document',
    pesel: '',
    idDocument: 'AB1234567',
    birthDate: '1980-06-30',
    sex: 'K',
    ...overrides,
  })
}

function shiftedToday(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  return todayIso(d)
}

/** The issues of a refused parse, as path → messages. */
function issuesOf(input: unknown): Record<string, string[]> {
  const result = participantInput.safeParse(input)
  expect(result.success, 'expected the input to be refused').toBe(false)
  const issues: Record<string, string[]> = {}
  for (const issue of result.error!.issues) (issues[issue.path.join('.')] ??= []).push(issue.message)
  return issues
}

describe('participantInput — PESEL path', () => {
  it('derives birth date and sex from the PESEL and ignores the typed ones', () => {
    const data = participantInput.parse(form({ birthDate: '1999-12-31', sex: 'K' }))
    expect(data.birthDate).toBe('1944-05-14')
    expect(data.sex).toBe('M')
    expect(data.pesel).toBe('44051401359')
    expect(data.idDocument).toBeNull()
  })

  it('drops a document number typed alongside a PESEL', () => {
    expect(participantInput.parse(form({ idDocument: 'XYZ999' })).idDocument).toBeNull()
  })

  it('stores the PESEL without surrounding spaces', () => {
    expect(participantInput.parse(form({ pesel: ' 44051401359  ' })).pesel).toBe('44051401359')
  })

  it('refuses an invalid PESEL on the pesel field with a Polish message', () => {
    const issues = issuesOf(form({ pesel: '44051401358' }))
    expect(issues.pesel).toEqual([expect.stringMatching(/cyfrę kontrolną/)])
  })

  it('refuses an empty PESEL on the PESEL path', () => {
    expect(issuesOf(form({ pesel: '' })).pesel).toEqual([expect.stringMatching(/11 cyfr/)])
  })
})

describe('participantInput — identity document path', () => {
  it('keeps the typed document, birth date and sex, and no PESEL', () => {
    const data = participantInput.parse(documentForm({ pesel: '44051401359' }))
    expect(data).toMatchObject({ pesel: null, idDocument: 'AB1234567', birthDate: '1980-06-30', sex: 'K' })
  })

  it('requires a document number, a birth date and a sex', () => {
    const issues = issuesOf(documentForm({ idDocument: '', birthDate: '', sex: '' }))
    expect(issues.idDocument).toEqual([expect.stringMatching(/numer dokumentu/)])
    expect(issues.birthDate).toEqual([expect.stringMatching(/datę urodzenia/)])
    expect(issues.sex).toEqual(['Wybierz płeć.'])
  })

  it('refuses a birth date that does not exist', () => {
    expect(issuesOf(documentForm({ birthDate: '1981-02-29' })).birthDate).toHaveLength(1)
  })

  it('refuses a birth date in the future', () => {
    const issues = issuesOf(documentForm({ birthDate: shiftedToday(1), admissionDate: shiftedToday(-1) }))
    expect(issues.birthDate).toEqual([expect.stringMatching(/z przyszłości/)])
  })
})

describe('participantInput — target groups and exclusions', () => {
  it("requires a reason for the group 'inna'", () => {
    const issues = issuesOf(form({ targetGroups: ['inna'], otherGroupReason: '   ' }))
    expect(issues.otherGroupReason).toEqual([expect.stringMatching(/podaj powód/)])
  })

  it("keeps the reason with 'inna' and drops it without 'inna'", () => {
    expect(
      participantInput.parse(form({ targetGroups: ['inna'], otherGroupReason: 'eksmisja' })).otherGroupReason,
    ).toBe('eksmisja')
    expect(participantInput.parse(form({ otherGroupReason: 'eksmisja' })).otherGroupReason).toBe('')
  })

  it("puts a blocking exclusion on path 'exclusions' with the Polish reason", () => {
    const issues = issuesOf(form({ exclusions: ['emerytura'] }))
    expect(issues.exclusions).toHaveLength(1)
    expect(issues.exclusions![0]).toMatch(/emerytury.*art\. 1 ust\. 3\)/)
    expect(looksPolish(issues.exclusions![0]!)).toBe(true)
  })

  it('accepts renta z tytułu niezdolności do pracy (it only warns)', () => {
    expect(participantInput.parse(form({ exclusions: ['renta_niezdolnosc'] })).exclusions).toEqual([
      'renta_niezdolnosc',
    ])
  })

  it("puts a missing target group on path 'targetGroups'", () => {
    expect(issuesOf(form({ targetGroups: [] })).targetGroups).toEqual([
      expect.stringMatching(/grupę docelową/),
    ])
  })

  it('refuses an unknown target group or exclusion code', () => {
    const issues = issuesOf(form({ targetGroups: ['nieznana' as never], exclusions: ['cokolwiek' as never] }))
    expect(Object.keys(issues)).toEqual(expect.arrayContaining(['targetGroups.0', 'exclusions.0']))
  })

  it('removes repeated target groups and exclusions', () => {
    const data = participantInput.parse(
      form({
        targetGroups: ['bezdomni', 'bezdomni'],
        exclusions: ['renta_niezdolnosc', 'renta_niezdolnosc'],
      }),
    )
    expect(data.targetGroups).toEqual(['bezdomni'])
    expect(data.exclusions).toEqual(['renta_niezdolnosc'])
  })
})

describe('participantInput — dates', () => {
  it('accepts admission today', () => {
    expect(participantInput.parse(form({ admissionDate: todayIso() })).admissionDate).toBe(todayIso())
  })

  it('refuses an admission date in the future', () => {
    expect(issuesOf(form({ admissionDate: shiftedToday(1) })).admissionDate).toEqual([
      'Data przyjęcia nie może być z przyszłości.',
    ])
  })

  it('refuses admission before the birth date derived from the PESEL', () => {
    const pesel = makePesel('2005-05-07', 'K')
    expect(issuesOf(form({ pesel, admissionDate: '2005-05-06' })).admissionDate).toEqual([
      'Data przyjęcia nie może być wcześniejsza niż data urodzenia.',
    ])
    expect(participantInput.parse(form({ pesel, admissionDate: '2005-05-07' })).birthDate).toBe('2005-05-07')
  })

  it('refuses admission before the typed birth date on the document path', () => {
    expect(
      issuesOf(documentForm({ birthDate: '1980-06-30', admissionDate: '1980-06-29' })).admissionDate,
    ).toHaveLength(1)
  })

  it.each(['15.01.2020', '2020-1-15', '2020-02-30', ''])('refuses admission date %j', (admissionDate) => {
    expect(issuesOf(form({ admissionDate })).admissionDate).toHaveLength(1)
  })
})

describe('participantInput — contact data', () => {
  it.each(['jan@', 'jan kowalski@example.pl', 'jan@@example.pl', '@example.pl'])(
    'refuses e-mail %j',
    (email) => {
      expect(issuesOf(form({ email })).email).toEqual(['Podaj poprawny adres e-mail albo zostaw pole puste.'])
    },
  )

  it('accepts a correct e-mail and an empty one', () => {
    expect(participantInput.parse(form({ email: 'jan.kowalski@example.pl' })).email).toBe(
      'jan.kowalski@example.pl',
    )
    expect(participantInput.parse(form({ email: '' })).email).toBe('')
  })

  it.each(['abc', '12345', '600 100 2OO', '+48 (600) 100 200'])('refuses phone %j', (phone) => {
    expect(issuesOf(form({ phone })).phone).toEqual([
      'Podaj numer telefonu (co najmniej 9 cyfr) albo zostaw pole puste.',
    ])
  })

  it.each(['600100200', '+48 600 100 200', '600-100-200', ''])('accepts phone %j', (phone) => {
    expect(participantInput.parse(form({ phone })).phone).toBe(phone)
  })

  it('refuses a phone number with fewer than 9 digits, as its message promises', () => {
    expect(participantInput.safeParse(form({ phone: '---------' })).success).toBe(false)
    expect(participantInput.safeParse(form({ phone: '1-2-3-4-5' })).success).toBe(false)
  })
})

describe('participantInput — shape and language', () => {
  it('refuses an unknown extra key (strict object) with a Polish message', () => {
    const issues = issuesOf({ ...form(), isAdmin: true })
    expect(issues['']).toEqual([expect.stringContaining('isAdmin')])
    expect(looksPolish(issues['']![0]!)).toBe(true)
  })

  it('trims names and refuses a name made of spaces', () => {
    expect(participantInput.parse(form({ firstName: '  Anna ' })).firstName).toBe('Anna')
    expect(issuesOf(form({ firstName: '   ' })).firstName).toEqual(['Podaj imię.'])
  })

  it('refuses over-long text with the field’s own message', () => {
    expect(issuesOf(form({ lastName: 'x'.repeat(81) })).lastName).toEqual([
      'Nazwisko może mieć najwyżej 80 znaków.',
    ])
  })

  it('words every issue in Polish, including zod’s own type errors', () => {
    const bad = {
      ...form(),
      firstName: 42,
      identityKind: 'paszport',
      therapyCompleted: 'tak',
      targetGroups: 'bezdomni',
      status: undefined,
      email: 'zly',
    }
    const result = participantInput.safeParse(bad)
    expect(result.success).toBe(false)
    expect(result.error!.issues.length).toBeGreaterThanOrEqual(5)
    for (const issue of result.error!.issues) expect(looksPolish(issue.message), issue.message).toBe(true)
  })

  it.each([[null], ['tekst'], [42], [[]]])(
    'refuses %j instead of an object with a Polish message',
    (input) => {
      const result = participantInput.safeParse(input)
      expect(result.success).toBe(false)
      expect(looksPolish(result.error!.issues[0]!.message)).toBe(true)
    },
  )
})

describe('participantListQuery', () => {
  it('fills defaults for an empty query', () => {
    expect(participantListQuery.parse({})).toEqual({
      search: '',
      status: 'biezacy',
      targetGroup: null,
      sortBy: 'name',
      sortDir: 'asc',
      page: 1,
      pageSize: 50,
    })
  })

  it('refuses an unknown sort column, page 0, a page size over 200 and a search over 100 characters', () => {
    for (const bad of [
      { sortBy: 'first_name; DROP TABLE participants' },
      { page: 0 },
      { pageSize: 201 },
      { search: 'x'.repeat(101) },
    ]) {
      expect(participantListQuery.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false)
    }
  })
})
