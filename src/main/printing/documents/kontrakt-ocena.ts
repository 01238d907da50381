// Ocena realizacji kontraktu socjalnego for one evaluation date: how the agreement of part II A/B
// (goals, actions) was carried out — DOMAIN.md §3.
import type { KontraktRecord } from '@shared/kontrakt.schema'
import type { Office } from '@shared/office.schema'
import type { ParticipantRecord } from '@shared/participant.schema'
import { formatDate } from '@shared/dates'
import { documentShell, type PrintableDocument } from '../document-shell'
import { html } from '../html'
import {
  fileSafe,
  fullName,
  identityOf,
  kisHeader,
  KIS_CSS,
  placeAndDate,
  signatureGrid,
  textBlock,
} from './kis-print'
import { evaluationGoalsTable } from './kontrakt-socjalny'

export interface KontraktOcenaData {
  office: Office
  kontrakt: KontraktRecord
  evaluation: KontraktRecord['evaluations'][number]
  participant: ParticipantRecord
}

export function renderKontraktOcena({
  office,
  kontrakt: k,
  evaluation,
  participant: p,
}: KontraktOcenaData): PrintableDocument {
  const body = html`
    ${kisHeader(office, placeAndDate(office, evaluation.evaluatedOn))}
    <h1 class="doc-title">OCENA REALIZACJI KONTRAKTU SOCJALNEGO</h1>
    <p class="subtitle">realizacja ustaleń z części II ${k.variant} kontraktu nr ${k.number} z dnia ${formatDate(k.concludedOn)}</p>
    <dl class="fields">
      <dt>Osoba</dt>
      <dd>${fullName(p)}, ${identityOf(p)}</dd>
      <dt>Pracownik socjalny</dt>
      <dd>${k.socialWorkerName}</dd>
      <dt>Okres obowiązywania kontraktu</dt>
      <dd>${formatDate(k.concludedOn)} – ${formatDate(k.endDate)}</dd>
      <dt>Data oceny</dt>
      <dd>${formatDate(evaluation.evaluatedOn)}</dd>
    </dl>
    <h3>Cel główny</h3>
    ${textBlock(k.mainGoal)}
    <h3>Realizacja celów szczegółowych</h3>
    ${evaluationGoalsTable(evaluation)}
    <h3>Co osiągnięto</h3>
    ${textBlock(evaluation.summary)}
    ${signatureGrid([
      { role: 'podpis pracownika socjalnego', name: k.socialWorkerName },
      { role: 'podpis osoby zawierającej kontrakt', name: fullName(p) },
    ])}
  `
  return {
    fileName: `ocena-${fileSafe(k.number)}-${evaluation.evaluatedOn}.pdf`,
    html: documentShell({ title: `Ocena realizacji kontraktu ${k.number}`, body, css: KIS_CSS }),
  }
}
