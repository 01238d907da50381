// Aneks do kontraktu socjalnego: what changed and when, signed by every party like the kontrakt.
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
import { kontraktSignatures } from './kontrakt-socjalny'

export interface KontraktAneksData {
  office: Office
  kontrakt: KontraktRecord
  aneks: KontraktRecord['aneksy'][number]
  participant: ParticipantRecord
}

export function renderKontraktAneks({
  office,
  kontrakt: k,
  aneks,
  participant: p,
}: KontraktAneksData): PrintableDocument {
  const body = html`
    ${kisHeader(office, placeAndDate(office, aneks.aneksDate))}
    <h1 class="doc-title">ANEKS NR ${aneks.number}</h1>
    <p class="subtitle">
      z dnia ${formatDate(aneks.aneksDate)} do kontraktu socjalnego nr ${k.number} zawartego w dniu
      ${formatDate(k.concludedOn)} w miejscowości ${k.place}
    </p>
    <h3>Strony</h3>
    <p>
      ${fullName(p)} (${identityOf(p)})${k.familyMembers.map((m) => `, ${m.fullName}${m.relation ? ` (${m.relation})` : ''}`)}
      oraz pracownik socjalny ${k.socialWorkerName}, reprezentujący ${office.officeName}.
    </p>
    <h3>Czego dotyczy zmiana</h3>
    ${textBlock(aneks.description)}
    <h3>Strony zgodnie postanawiają wprowadzić do kontraktu następujące zmiany:</h3>
    <ol class="goals">
      ${aneks.changes.map((line) => html`<li>${line}</li>`)}
    </ol>
    <p class="clause">
      Pozostałe postanowienia kontraktu socjalnego nr ${k.number} nie ulegają zmianie. Aneks stanowi integralną
      część kontraktu.
    </p>
    ${signatureGrid(kontraktSignatures(k, p))}
  `
  return {
    fileName: `aneks-${aneks.number}-${fileSafe(k.number)}.pdf`,
    html: documentShell({ title: `Aneks nr ${aneks.number} do kontraktu ${k.number}`, body, css: KIS_CSS }),
  }
}
