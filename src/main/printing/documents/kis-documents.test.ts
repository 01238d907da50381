import { DEFAULT_OFFICE } from '@shared/office.schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeParticipationInput, type CloseParticipationForm } from '@shared/participation.schema'
import { evaluationInput, kontraktInput, type KontraktForm } from '@shared/kontrakt.schema'
import { createTempDatabase, type TempDatabase } from '../../../../tests/support/temp-database'
import { createKis, kontraktData, kontraktForm } from '../../../../tests/support/kis-fixtures'
import { kisDocumentBuilders } from './kis-documents'

let temp: TempDatabase
let fx: ReturnType<typeof createKis>
let builders: ReturnType<typeof kisDocumentBuilders>
const printedAt = new Date('2026-03-02T09:00:00Z')

beforeEach(async () => {
  temp = await createTempDatabase()
  fx = createKis(temp, () => new Date('2026-03-02T09:00:00Z'))
  builders = kisDocumentBuilders({ participants: fx.participants, kis: fx.kis, now: () => printedAt })
  await fx.kis.office.update({
    ...DEFAULT_OFFICE,
    officeName: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu',
    officeAddress: 'ul. Łęczycka 24, 95-100 Zgierz',
    officePlace: 'Zgierz',
    kontraktPrefix: 'KS',
  })
})

afterEach(async () => {
  await temp.cleanup()
})

/** Visible text of the HTML, tags dropped and entities of our escaping undone. */
function text(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

const DAUGHTER = { fullName: 'Anna Gęślą', pesel: '', relation: 'córka', address: '' }

/** A kontrakt B by default; variant A with the daughter as a party where a test needs the family. */
async function setUp(overrides: Partial<KontraktForm> = {}) {
  const worker = await fx.addWorker()
  const person = await fx.addPerson({ firstName: 'Zofia', lastName: 'Żółć-Gęślą' })
  const p = await fx.open(person.id, worker.id)
  const k = await fx.kis.kontrakty.create(
    p.id,
    kontraktData(worker.id, { mainGoal: 'Praca <b>na stałe</b>', ...overrides }),
  )
  return { worker, person, p, k }
}

const FAMILY_A: Partial<KontraktForm> = { variant: 'A', familyMembers: [DAUGHTER] }

/** Every expected piece is in the text; a failure names the missing one. */
function expectAll(t: string, expected: string[]): void {
  for (const e of expected) expect(t, e).toContain(e)
}

/** The text from one label to the next, to check what a part of the document holds. */
function section(t: string, from: string, to: string): string {
  const start = t.indexOf(from)
  const end = t.indexOf(to, start + from.length)
  expect(start, from).toBeGreaterThanOrEqual(0)
  expect(end, to).toBeGreaterThan(start)
  return t.slice(start, end)
}

describe('kontrakt socjalny document', () => {
  it('follows the template: parts I B and II B, parties with PESEL, goals, both action tables and a signature per party', async () => {
    const { person, k } = await setUp()
    const doc = await builders['kontrakt-socjalny']({ kind: 'kontrakt-socjalny', kontraktId: k.id })
    const t = text(doc.html)
    expectAll(t, [
      'Miejski Ośrodek Pomocy Społecznej w Zgierzu',
      'ul. Łęczycka 24, 95-100 Zgierz',
      'KONTRAKT SOCJALNY nr KS/1/2025',
      'zawarty w dniu 01.09.2025 w miejscowości Zgierz',
      'Dz. U. Nr 218, poz. 1439',
      'Zofia Żółć-Gęślą',
      person.pesel!,
      'Ukończenie kursu magazyniera z obsługą wózka widłowego',
      'Skierowanie na kurs i opłacenie dojazdów',
      'od 01.09.2025 do 28.02.2026',
      'podpis osoby zawierającej kontrakt Zofia Żółć-Gęślą',
      'podpis pracownika socjalnego Maria Nowak',
    ])
    expect(t).not.toContain('podpis członka rodziny')
    expect(doc.html).toContain('Praca &lt;b&gt;na stałe&lt;/b&gt;')
    expect(doc.html).not.toContain('<b>na stałe')
    expect(doc.fileName).toBe('kontrakt-socjalny-KS-1-2025.pdf')
    expect(doc.fileName).not.toMatch(/Żółć|Zofia/)
  })

  it('prints part I B as the parties and the assessment, part II B as the agreement with the signatures (wzór, rozporządzenie z 8.11.2010, Dz.U. 2010 nr 218 poz. 1439)', async () => {
    const { k } = await setUp()
    const t = text(
      (await builders['kontrakt-socjalny']({ kind: 'kontrakt-socjalny', kontraktId: k.id })).html,
    )
    const partI = 'Część I B — strony kontraktu i ocena sytuacji osoby, w tym na rynku pracy'
    const partII =
      'Część II B — ustalenia kontraktu: cele, działania stron, terminy, osoby odpowiedzialne, przewidywane efekty'
    const evaluation = 'Ocena realizacji kontraktu socjalnego nr KS/1/2025'
    const one = section(t, partI, partII)
    expectAll(one, [
      '1. Strony kontraktu',
      'a) Osoba',
      'b) Pracownik socjalny',
      'Maria Nowak',
      '2. Ocena sytuacji osoby, w tym na rynku pracy',
      '2.1. Przyczyny trudnej sytuacji życiowej',
      '2.2. Przyczyny pozostawania bez pracy',
      '2.3. Mocne strony, możliwości i zasoby',
      '2.4. Ograniczenia',
      '2.5. Bariery w aktywności społecznej i zawodowej',
      '2.6. Dotychczasowe próby aktywizacji',
    ])
    expect(one).not.toContain('członkowie rodziny')
    expect(one).not.toContain('Stopień pokrewieństwa')
    expect(one).not.toContain('Cel główny')
    const two = section(t, partII, evaluation)
    expectAll(two, [
      '1. Cel główny',
      '2. Cele szczegółowe',
      '3. Działania stron — terminy realizacji i osoby odpowiedzialne',
      '3.1. Działania osoby Lp.',
      'Termin realizacji',
      'Osoba odpowiedzialna',
      '3.2. Działania pracownika socjalnego / ośrodka',
      '4. Przewidywane efekty',
      '5. Okres obowiązywania kontraktu',
      'podpis osoby zawierającej kontrakt',
      'podpis pracownika socjalnego',
    ])
    expect(two).not.toContain('Przyczyny')
    expect(t).toContain('ocena realizacji ustaleń z części II B kontraktu')
  })

  it('prints variant A with its own part headings, the family members as parties, and without the labour-market fields', async () => {
    const { k } = await setUp(FAMILY_A)
    const t = text(
      (await builders['kontrakt-socjalny']({ kind: 'kontrakt-socjalny', kontraktId: k.id })).html,
    )
    const one = section(
      t,
      'Część I A — strony kontraktu i ocena sytuacji życiowej osoby/rodziny',
      'Część II A — ustalenia kontraktu',
    )
    expectAll(one, [
      'a) Osoba i członkowie rodziny',
      'Stopień pokrewieństwa',
      'osoba zawierająca kontrakt',
      'Anna Gęślą',
      'córka',
      '2. Ocena sytuacji życiowej osoby/rodziny',
      '2.3. Ograniczenia i bariery',
    ])
    const two = section(t, 'Część II A — ustalenia kontraktu', 'Ocena realizacji kontraktu socjalnego')
    expect(two).toContain('3.1. Działania osoby/rodziny')
    expect(two).toContain('podpis członka rodziny Anna Gęślą')
    expect(t).toContain('rozwiązywania trudnej sytuacji życiowej')
    expect(t).not.toContain('Przyczyny pozostawania bez pracy')
  })

  it('prints each aneks on its own with what changed, and each evaluation with the goals rated', async () => {
    const { worker, k } = await setUp(FAMILY_A)
    const signed = await fx.kis.kontrakty.sign(k.id)
    const amended = await fx.kis.kontrakty.amend({
      id: k.id,
      aneksDate: '2025-12-01',
      description: 'Przedłużenie kontraktu.',
      data: kontraktInput.parse(
        kontraktForm(worker.id, {
          ...FAMILY_A,
          familyMembers: signed.familyMembers,
          mainGoal: signed.mainGoal,
          goals: signed.goals,
          actions: signed.actions,
          endDate: '2026-05-31',
        }),
      ),
    })
    const aneks = text(
      (await builders['kontrakt-aneks']({ kind: 'kontrakt-aneks', aneksId: amended.aneksy[0]!.id })).html,
    )
    expect(aneks).toContain('ANEKS NR 1')
    expect(aneks).toContain('do kontraktu socjalnego nr KS/1/2025 zawartego w dniu 01.09.2025')
    expect(aneks).toContain('Termin zakończenia kontraktu: 28.02.2026 → 31.05.2026.')
    expect(aneks).toContain('Zgierz, dnia 01.12.2025')
    expect(aneks).toContain('podpis członka rodziny Anna Gęślą')

    const evaluated = await fx.kis.kontrakty.evaluate(
      evaluationInput.parse({
        id: k.id,
        evaluatedOn: '2025-12-15',
        summary: 'Kurs ukończony.',
        goals: signed.goals.map((g, i) => ({
          goalId: g.id,
          achievement: i === 0 ? 'osiagniety' : 'czesciowo',
          comment: '',
        })),
      }),
    )
    const ocena = text(
      (
        await builders['kontrakt-ocena']({
          kind: 'kontrakt-ocena',
          evaluationId: evaluated.evaluations[0]!.id,
        })
      ).html,
    )
    expect(ocena).toContain('OCENA REALIZACJI KONTRAKTU SOCJALNEGO')
    expect(ocena).toContain('realizacja ustaleń z części II A kontraktu nr KS/1/2025')
    expect(ocena).toMatch(/Ukończenie kursu magazyniera z obsługą wózka widłowego osiągnięty/)
    expect(ocena).toContain('Kurs ukończony.')
    const kontrakt = text(
      (await builders['kontrakt-socjalny']({ kind: 'kontrakt-socjalny', kontraktId: k.id })).html,
    )
    expect(kontrakt).toContain('Treść uwzględnia zmiany wprowadzone aneksami: nr 1 z dnia 01.12.2025.')
    expect(kontrakt).toContain('Ocena z dnia 15.12.2025')
  })
})

describe('zaświadczenie o uczestnictwie w KIS', () => {
  function closing(id: number, overrides: Partial<CloseParticipationForm> = {}) {
    return closeParticipationInput.parse({
      id,
      endDate: '2026-03-01',
      endReason: 'ukonczenie',
      employmentDate: '',
      employmentForm: '',
      employer: '',
      endNotes: '',
      ...overrides,
    } satisfies CloseParticipationForm)
  }

  it('is issued only after the participation ends, with the period, the kontrakt and the wording for the person', async () => {
    const { p, person } = await setUp()
    const early = await builders['zaswiadczenie-kis']({
      kind: 'zaswiadczenie-kis',
      participationId: p.id,
    }).then(
      () => null,
      (e: unknown) => (e as Error).message,
    )
    expect(early).toBe(
      'Zaświadczenie wydaje się po zakończeniu uczestnictwa — najpierw zakończ uczestnictwo.',
    )
    await fx.kis.participations.close(closing(p.id))
    const t = text(
      (await builders['zaswiadczenie-kis']({ kind: 'zaswiadczenie-kis', participationId: p.id })).html,
    )
    expect(t).toContain('ZAŚWIADCZENIE')
    expect(t).toContain(`Zaświadcza się, że Pani Zofia Żółć-Gęślą , PESEL ${person.pesel}`)
    expect(t).toContain('uczestniczyła w zajęciach Klubu Integracji Społecznej')
    expect(t).toContain('w okresie od 01.09.2025 do 01.03.2026')
    expect(t).toContain('kontraktu socjalnego nr KS/1/2025 z dnia 01.09.2025')
    expect(t).toContain('art. 18 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym')
    expect(t).toContain('Zgierz, dnia 02.03.2026')
  })
})
