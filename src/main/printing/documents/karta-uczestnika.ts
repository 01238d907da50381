// Karta uczestnika KIS: what the register holds about one person, for the paper file.
import type { ParticipantRecord } from '@shared/participant.schema'
import { PARTICIPANT_STATUS_LABELS, SEX_LABELS } from '@shared/participant.schema'
import { EXCLUSIONS, TARGET_GROUPS } from '@shared/eligibility'
import { formatDate, formatDateTime } from '@shared/dates'
import { documentShell, officeHeader, signatureLines, type PrintableDocument } from '../document-shell'
import { html, multiline } from '../html'

export interface KartaUczestnikaData {
  officeName: string
  participant: ParticipantRecord
  printedAt: Date
}

export function renderKartaUczestnika({
  officeName,
  participant: p,
  printedAt,
}: KartaUczestnikaData): PrintableDocument {
  const sex = SEX_LABELS[p.sex]
  const body = html`
    ${officeHeader({ officeName }, `Wydruk z dnia ${formatDate(printedAt.toISOString())}`)}
    <h1>Karta uczestnika Klubu Integracji Społecznej</h1>
    <p class="center muted">nr w rejestrze: ${p.id}</p>
    <h2>I. Dane osobowe</h2>
    <dl class="fields">
      <dt>Imię i nazwisko</dt>
      <dd>${p.firstName} ${p.lastName}</dd>
      ${
        p.pesel
          ? html`<dt>PESEL</dt>
              <dd>${p.pesel}</dd>`
          : html`<dt>Dokument tożsamości</dt>
              <dd>${p.idDocument}</dd>`
      }
      <dt>Data urodzenia</dt>
      <dd>${formatDate(p.birthDate)}</dd>
      <dt>Płeć</dt>
      <dd>${sex}</dd>
      <dt>Adres</dt>
      <dd>${p.address || '—'}</dd>
      <dt>Telefon</dt>
      <dd>${p.phone || '—'}</dd>
      <dt>E-mail</dt>
      <dd>${p.email || '—'}</dd>
    </dl>
    <h2>II. Uczestnictwo w KIS</h2>
    <dl class="fields">
      <dt>Data przyjęcia do KIS</dt>
      <dd>${formatDate(p.admissionDate)}</dd>
      <dt>Status</dt>
      <dd>${PARTICIPANT_STATUS_LABELS[p.status]}</dd>
    </dl>
    <h3>Grupy docelowe (art. 1 ust. 2 ustawy o zatrudnieniu socjalnym)</h3>
    <ul>
      ${p.targetGroups.map((g) => html`<li>${TARGET_GROUPS[g]}${g === 'inna' ? html` — ${p.otherGroupReason}` : ''}</li>`)}
    </ul>
    <h3>Wykluczenia sprawdzone przy przyjęciu (art. 1 ust. 3)</h3>
    <p>
      ${p.exclusions.length === 0 ? 'nie stwierdzono' : p.exclusions.map((e) => EXCLUSIONS[e]).join('; ')}
    </p>
    ${
      p.notes
        ? html`<h3>Uwagi</h3>
            <p>${multiline(p.notes)}</p>`
        : ''
    }
    <p class="muted">
      Wpis utworzono ${formatDateTime(p.createdAt)}, ostatnia zmiana ${formatDateTime(p.updatedAt)}.
    </p>
    ${signatureLines(['podpis uczestnika', 'podpis koordynatora KIS'])}
  `
  return {
    fileName: `karta-uczestnika-${p.id}.pdf`,
    // The title becomes the PDF's title and the print job's name (print queues are seen by others).
    html: documentShell({ title: `Karta uczestnika KIS nr ${p.id}`, body }),
  }
}
