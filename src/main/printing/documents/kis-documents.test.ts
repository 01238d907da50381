import { DEFAULT_OFFICE } from '@shared/office.schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeParticipationInput, type CloseParticipationForm } from '@shared/participation.schema'
import { evaluationInput, kontraktInput } from '@shared/kontrakt.schema'
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

async function setUp() {
  const worker = await fx.addWorker()
  const person = await fx.addPerson({ firstName: 'Zofia', lastName: 'Żółć-Gęślą' })
  const p = await fx.open(person.id, worker.id)
  const k = await fx.kis.kontrakty.create(
    p.id,
    kontraktData(worker.id, {
      familyMembers: [{ fullName: 'Anna Gęślą', pesel: '', relation: 'córka', address: '' }],
      mainGoal: 'Praca <b>na stałe</b>',
    }),
  )
  return { worker, person, p, k }
}

describe('kontrakt socjalny document', () => {
  it('follows the template: parts I B and II B, parties with PESEL, goals, both action tables and a signature per party', async () => {
    const { person, k } = await setUp()
    const doc = await builders['kontrakt-socjalny']({ kind: 'kontrakt-socjalny', kontraktId: k.id })
    const t = text(doc.html)
    for (const expected of [
      'Miejski Ośrodek Pomocy Społecznej w Zgierzu',
      'ul. Łęczycka 24, 95-100 Zgierz',
      'KONTRAKT SOCJALNY nr KS/1/2025',
      'zawarty w dniu 01.09.2025 w miejscowości Zgierz',
      'Dz. U. Nr 218, poz. 1439',
      'Część I B',
      'Zofia Żółć-Gęślą',
      person.pesel!,
      'Anna Gęślą',
      '2.2. Przyczyny pozostawania bez pracy',
      '2.6. Dotychczasowe próby aktywizacji',
      'Ukończenie kursu magazyniera z obsługą wózka widłowego',
      '5.1. Działania osoby/rodziny',
      '5.2. Działania pracownika socjalnego / ośrodka',
      'Skierowanie na kurs i opłacenie dojazdów',
      'od 01.09.2025 do 28.02.2026',
      'podpis osoby zawierającej kontrakt Zofia Żółć-Gęślą',
      'podpis członka rodziny Anna Gęślą',
      'podpis pracownika socjalnego Maria Nowak',
      'Część II B — Ocena realizacji kontraktu socjalnego nr KS/1/2025',
    ]) {
      expect(t, expected).toContain(expected)
    }
    expect(doc.html).toContain('Praca &lt;b&gt;na stałe&lt;/b&gt;')
    expect(doc.html).not.toContain('<b>na stałe')
    expect(doc.fileName).toBe('kontrakt-socjalny-KS-1-2025.pdf')
    expect(doc.fileName).not.toMatch(/Żółć|Zofia/)
  })

  it('prints variant A with its own part headings and without the labour-market fields', async () => {
    const worker = await fx.addWorker()
    const p = await fx.open((await fx.addPerson()).id, worker.id)
    const k = await fx.kis.kontrakty.create(p.id, kontraktData(worker.id, { variant: 'A' }))
    const t = text(
      (await builders['kontrakt-socjalny']({ kind: 'kontrakt-socjalny', kontraktId: k.id })).html,
    )
    expect(t).toContain('Część I A')
    expect(t).toContain('Część II A')
    expect(t).toContain('rozwiązywania trudnej sytuacji życiowej')
    expect(t).not.toContain('Przyczyny pozostawania bez pracy')
  })

  it('prints each aneks on its own with what changed, and each evaluation with the goals rated', async () => {
    const { worker, k } = await setUp()
    const signed = await fx.kis.kontrakty.sign(k.id)
    const amended = await fx.kis.kontrakty.amend({
      id: k.id,
      aneksDate: '2025-12-01',
      description: 'Przedłużenie kontraktu.',
      data: kontraktInput.parse(
        kontraktForm(worker.id, {
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
    expect(ocena).toContain('część II B kontraktu nr KS/1/2025')
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
