// Kontrakt socjalny in the layout of the template (rozporządzenie MPiPS z 8 listopada 2010 r.,
// Dz.U. 2010 nr 218 poz. 1439): part I A/B identifies the parties and assesses the situation (for B
// also the labour market); part II A/B is the agreement — goals, the parties' actions with deadlines
// and who answers for them, expected effects, signatures. The office's evaluations of that agreement
// come after both parts (or blank lines to fill in by hand) — DOMAIN.md §3.
import type { KontraktRecord } from '@shared/kontrakt.schema'
import { ACHIEVEMENTS, ACTION_STATUSES } from '@shared/kontrakt.schema'
import type { Office } from '@shared/office.schema'
import type { ParticipantRecord } from '@shared/participant.schema'
import type { ParticipationRecord } from '@shared/participation.schema'
import { formatDate } from '@shared/dates'
import { documentShell, type PrintableDocument } from '../document-shell'
import { html, type SafeHtml } from '../html'
import {
  fileSafe,
  fullName,
  kisHeader,
  KIS_CSS,
  signatureGrid,
  textBlock,
  type SignatureLabel,
} from './kis-print'

export interface KontraktSocjalnyData {
  office: Office
  kontrakt: KontraktRecord
  participant: ParticipantRecord
  participation: ParticipationRecord
}

export const KONTRAKT_PURPOSE = {
  A: 'osobą/rodziną a pracownikiem socjalnym w zakresie rozwiązywania trudnej sytuacji życiowej',
  B: 'osobą a pracownikiem socjalnym w celu wzmocnienia aktywności i samodzielności życiowej, zawodowej lub przeciwdziałania wykluczeniu społecznemu',
} as const

/** What each part of the template holds, printed in its heading. */
export const KONTRAKT_PARTS = {
  I: {
    A: 'strony kontraktu i ocena sytuacji życiowej osoby/rodziny',
    B: 'strony kontraktu i ocena sytuacji osoby, w tym na rynku pracy',
  },
  II: 'ustalenia kontraktu: cele, działania stron, terminy, osoby odpowiedzialne, przewidywane efekty',
} as const

export const LEGAL_BASIS =
  'Podstawa: art. 108 ustawy z dnia 12 marca 2004 r. o pomocy społecznej; wzór — rozporządzenie Ministra Pracy ' +
  'i Polityki Społecznej z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego (Dz. U. Nr 218, poz. 1439).'

/** Every party signs: the person, each family member, the social worker. */
export function kontraktSignatures(k: KontraktRecord, participant: ParticipantRecord): SignatureLabel[] {
  return [
    { role: 'podpis osoby zawierającej kontrakt', name: fullName(participant) },
    ...k.familyMembers.map((m) => ({ role: 'podpis członka rodziny', name: m.fullName })),
    { role: 'podpis pracownika socjalnego', name: k.socialWorkerName },
  ]
}

export function renderKontraktSocjalny(data: KontraktSocjalnyData): PrintableDocument {
  const { office, kontrakt: k, participant: p, participation } = data
  const isB = k.variant === 'B'
  // Kinship only means something when family members are parties (never on variant B).
  const withFamily = k.familyMembers.length > 0
  const body = html`
    ${kisHeader(office, `Data zawarcia kontraktu: ${formatDate(k.concludedOn)}`)}
    <h1 class="doc-title">KONTRAKT SOCJALNY nr ${k.number}</h1>
    <p class="subtitle">określający sposób współdziałania między ${KONTRAKT_PURPOSE[k.variant]}</p>
    <p class="subtitle">zawarty w dniu ${formatDate(k.concludedOn)} w miejscowości ${k.place}</p>
    <p class="center muted">${LEGAL_BASIS}</p>
    ${
      k.aneksy.length > 0
        ? html`<p class="center muted">
          Treść uwzględnia zmiany wprowadzone aneksami:
          ${k.aneksy.map((a) => `nr ${a.number} z dnia ${formatDate(a.aneksDate)}`).join(', ')}.
        </p>`
        : ''
    }

    <h2 class="part">Część I ${k.variant} — ${KONTRAKT_PARTS.I[k.variant]}</h2>
    <h3>1. Strony kontraktu</h3>
    <p><strong>a) Osoba${withFamily ? ' i członkowie rodziny' : ''}</strong></p>
    <table class="grid parties">
      <thead>
        <tr>
          <th class="lp">Lp.</th>
          <th class="name">Imię i nazwisko</th>
          <th class="pesel">PESEL</th>
          <th>Adres zamieszkania</th>
          ${withFamily ? html`<th class="relation">Stopień pokrewieństwa</th>` : ''}
        </tr>
      </thead>
      <tbody>
        <tr>
          <td class="lp">1</td>
          <td>${fullName(p)}</td>
          <td>${p.pesel ?? `dok. ${p.idDocument ?? ''}`}</td>
          <td>${p.address || '—'}</td>
          ${withFamily ? html`<td>osoba zawierająca kontrakt</td>` : ''}
        </tr>
        ${k.familyMembers.map(
          (m, i) => html`<tr>
            <td class="lp">${i + 2}</td>
            <td>${m.fullName}</td>
            <td>${m.pesel || '—'}</td>
            <td>${m.address || '—'}</td>
            <td>${m.relation || '—'}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p><strong>b) Pracownik socjalny</strong></p>
    <dl class="fields">
      <dt>Imię i nazwisko</dt>
      <dd>${k.socialWorkerName}</dd>
      <dt>Stanowisko</dt>
      <dd>${k.socialWorkerPosition || 'pracownik socjalny'}</dd>
      <dt>Telefon kontaktowy</dt>
      <dd>${k.socialWorkerPhone || '—'}</dd>
      <dt>Reprezentowana jednostka</dt>
      <dd>${office.officeName}</dd>
    </dl>
    ${isB ? html`<p>${referralText(participation)}</p>` : ''}

    <h3>2. ${isB ? 'Ocena sytuacji osoby, w tym na rynku pracy' : 'Ocena sytuacji życiowej osoby/rodziny'}</h3>
    ${assessment(k)}

    <h2 class="part">Część II ${k.variant} — ${KONTRAKT_PARTS.II}</h2>
    <div class="keep">
      <h3>1. Cel główny</h3>
      ${textBlock(k.mainGoal)}
    </div>
    <div class="keep">
      <h3>2. Cele szczegółowe</h3>
      <ol class="goals">
        ${k.goals.map((g) => html`<li>${g.text}</li>`)}
      </ol>
    </div>

    <div class="keep">
      <h3>3. Działania stron — terminy realizacji i osoby odpowiedzialne</h3>
      ${actionsTable(`3.1. Działania osoby${isB ? '' : '/rodziny'}`, k, 'osoba')}
    </div>
    <div class="keep">${actionsTable('3.2. Działania pracownika socjalnego / ośrodka', k, 'osrodek')}</div>

    <div class="keep">
      <h3>4. Przewidywane efekty</h3>
      ${textBlock(k.expectedEffects)}
    </div>
    <div class="keep">
      <h3>5. Okres obowiązywania kontraktu</h3>
      <p>od ${formatDate(k.concludedOn)} do ${formatDate(k.endDate)}</p>
    </div>
    <h3>6. Postanowienia końcowe</h3>
    <p class="clause">
      Strony zobowiązują się do realizacji ustaleń kontraktu w wyznaczonych terminach. Realizacja ustaleń jest
      oceniana okresowo i po zakończeniu kontraktu. Zmiana ustaleń wymaga aneksu w formie pisemnej.
      Niewywiązywanie się z ustaleń kontraktu może skutkować przerwaniem uczestnictwa w zajęciach Klubu Integracji
      Społecznej.
    </p>
    ${signatureGrid(kontraktSignatures(k, p))}

    <h2 class="part page-break">Ocena realizacji kontraktu socjalnego nr ${k.number}</h2>
    <p class="center muted">ocena realizacji ustaleń z części II ${k.variant} kontraktu</p>
    ${k.evaluations.length > 0 ? k.evaluations.map(evaluationSection) : blankEvaluation(k)}
    <h3>Realizacja działań</h3>
    <table class="actions">
      <thead>
        <tr>
          <th class="lp">Lp.</th>
          <th>Działanie</th>
          <th class="date">Termin</th>
          <th class="who">Stan</th>
        </tr>
      </thead>
      <tbody>
        ${k.actions.map(
          (a, i) => html`<tr>
            <td class="lp">${i + 1}</td>
            <td>${a.description}</td>
            <td class="date">${formatDate(a.deadline)}</td>
            <td class="who">${ACTION_STATUSES[a.status]}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${signatureGrid([
      { role: 'podpis pracownika socjalnego', name: k.socialWorkerName },
      { role: 'podpis osoby zawierającej kontrakt', name: fullName(p) },
    ])}
  `
  return {
    fileName: `kontrakt-socjalny-${fileSafe(k.number)}.pdf`,
    html: documentShell({ title: `Kontrakt socjalny nr ${k.number}`, body, css: KIS_CSS }),
  }
}

function referralText(participation: ParticipationRecord): string {
  if (participation.referralKind === 'pup') {
    return `Osoba skierowana przez powiatowy urząd pracy: skierowanie nr ${participation.pupReferralNumber ?? ''} z dnia ${formatDate(participation.pupReferralDate)}.`
  }
  return `Osoba skierowana do Klubu Integracji Społecznej przez pracownika socjalnego: ${participation.referringWorkerName ?? ''}.`
}

function assessment(k: KontraktRecord): SafeHtml {
  const rows: [string, string][] =
    k.variant === 'B'
      ? [
          ['2.1. Przyczyny trudnej sytuacji życiowej', k.situationCauses],
          ['2.2. Przyczyny pozostawania bez pracy', k.unemploymentCauses],
          ['2.3. Mocne strony, możliwości i zasoby', k.strengths],
          ['2.4. Ograniczenia', k.limitations],
          ['2.5. Bariery w aktywności społecznej i zawodowej', k.barriers],
          ['2.6. Dotychczasowe próby aktywizacji', k.earlierActivation],
        ]
      : [
          ['2.1. Przyczyny trudnej sytuacji życiowej', k.situationCauses],
          ['2.2. Mocne strony, możliwości i zasoby', k.strengths],
          ['2.3. Ograniczenia i bariery', k.limitations],
        ]
  return html`${rows.map(
    ([label, text]) => html`<div class="keep">
      <p><strong>${label}</strong></p>
      ${textBlock(text)}
    </div>`,
  )}`
}

function actionsTable(title: string, k: KontraktRecord, side: 'osoba' | 'osrodek'): SafeHtml {
  const actions = k.actions.filter((a) => a.side === side)
  return html`<p><strong>${title}</strong></p>
    <table class="actions">
      <thead>
        <tr>
          <th class="lp">Lp.</th>
          <th>Działanie</th>
          <th class="date">Termin realizacji</th>
          <th class="who">Osoba odpowiedzialna</th>
        </tr>
      </thead>
      <tbody>
        ${actions.map(
          (a, i) => html`<tr>
            <td class="lp">${i + 1}</td>
            <td>${a.description}</td>
            <td class="date">${formatDate(a.deadline)}</td>
            <td class="who">${a.responsible}</td>
          </tr>`,
        )}
      </tbody>
    </table>`
}

export function evaluationGoalsTable(evaluation: KontraktRecord['evaluations'][number]): SafeHtml {
  return html`<table class="grid">
    <thead>
      <tr>
        <th class="lp">Lp.</th>
        <th>Cel szczegółowy</th>
        <th style="width: 34mm">Stopień realizacji</th>
        <th style="width: 55mm">Uwagi</th>
      </tr>
    </thead>
    <tbody>
      ${evaluation.goals.map(
        (g, i) => html`<tr>
          <td class="lp">${i + 1}</td>
          <td>${g.goalText}</td>
          <td>${ACHIEVEMENTS[g.achievement]}</td>
          <td>${g.comment || '—'}</td>
        </tr>`,
      )}
    </tbody>
  </table>`
}

function evaluationSection(e: KontraktRecord['evaluations'][number]): SafeHtml {
  return html`<div class="keep">
    <h3>Ocena z dnia ${formatDate(e.evaluatedOn)}</h3>
    ${evaluationGoalsTable(e)}
    <p><strong>Co osiągnięto</strong></p>
    ${textBlock(e.summary)}
  </div>`
}

function blankEvaluation(k: KontraktRecord): SafeHtml {
  return html`<p>Data oceny: ..............................</p>
    <table class="grid blank">
      <thead>
        <tr>
          <th class="lp">Lp.</th>
          <th>Cel szczegółowy</th>
          <th style="width: 34mm">Stopień realizacji</th>
          <th style="width: 55mm">Uwagi</th>
        </tr>
      </thead>
      <tbody>
        ${k.goals.map(
          (g, i) => html`<tr>
            <td class="lp">${i + 1}</td>
            <td>${g.text}</td>
            <td></td>
            <td></td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p><strong>Co osiągnięto</strong></p>
    <div class="text-block" style="min-height: 60pt"></div>`
}
