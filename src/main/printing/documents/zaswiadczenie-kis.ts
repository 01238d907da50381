// Zaświadczenie o uczestnictwie w KIS, issued when a participation ends (ustawa o zatrudnieniu
// socjalnym, art. 18 — DOMAIN.md §2).
import { ACTIVITY_KINDS, type ActivityKind, type ActivityRecord } from '@shared/activity.schema'
import type { Office } from '@shared/office.schema'
import type { ParticipantRecord } from '@shared/participant.schema'
import { END_REASONS, type ParticipationRecord } from '@shared/participation.schema'
import { formatDate, todayIso } from '@shared/dates'
import { documentShell, type PrintableDocument } from '../document-shell'
import { html } from '../html'
import { fullName, identityOf, kisHeader, KIS_CSS, placeAndDate, signatureRight } from './kis-print'

export interface ZaswiadczenieKisData {
  office: Office
  participant: ParticipantRecord
  participation: ParticipationRecord & { endDate: string }
  kontrakt: { number: string; concludedOn: string } | null
  activities: readonly ActivityRecord[]
  issuedAt: Date
}

export function renderZaswiadczenieKis(data: ZaswiadczenieKisData): PrintableDocument {
  const { office, participant: p, participation, kontrakt } = data
  const woman = p.sex === 'K'
  const scope = summarize(data.activities)
  const body = html`
    ${kisHeader(office, placeAndDate(office, todayIso(data.issuedAt)))}
    <h1 class="doc-title" style="margin-top: 28pt">ZAŚWIADCZENIE</h1>
    <p class="subtitle"><strong>o uczestnictwie w Klubie Integracji Społecznej</strong></p>
    <p style="margin-top: 18pt">
      Zaświadcza się, że ${woman ? 'Pani' : 'Pan'} <strong>${fullName(p)}</strong>, ${identityOf(p)},
      ur. ${formatDate(p.birthDate)}${p.address ? `, zam. ${p.address}` : ''},
      ${woman ? 'uczestniczyła' : 'uczestniczył'} w zajęciach Klubu Integracji Społecznej prowadzonego przez
      ${office.officeName} w okresie od <strong>${formatDate(participation.startDate)}</strong> do
      <strong>${formatDate(participation.endDate)}</strong>.
    </p>
    ${
      kontrakt
        ? html`<p>
          Uczestnictwo odbywało się na podstawie kontraktu socjalnego nr ${kontrakt.number} z dnia
          ${formatDate(kontrakt.concludedOn)}.
        </p>`
        : ''
    }
    ${
      scope.length > 0
        ? html`<p>Zakres uczestnictwa:</p>
          <ul>
            ${scope.map((line) => html`<li>${line}</li>`)}
          </ul>`
        : ''
    }
    <p>Przyczyna zakończenia uczestnictwa: ${participation.endReason ? END_REASONS[participation.endReason] : '—'}.</p>
    <p class="clause" style="margin-top: 12pt">
      Zaświadczenie wydaje się na podstawie art. 18 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym.
    </p>
    ${signatureRight('pieczęć i podpis osoby upoważnionej')}
  `
  return {
    fileName: `zaswiadczenie-kis-${participation.id}.pdf`,
    html: documentShell({ title: 'Zaświadczenie o uczestnictwie w KIS', body, css: KIS_CSS }),
  }
}

/** "sesja indywidualna z pracownikiem socjalnym — 4", "staż: Urząd Gminy, 01.03.2026–31.05.2026". */
function summarize(activities: readonly ActivityRecord[]): string[] {
  const counts = new Map<ActivityKind, number>()
  const lines: string[] = []
  for (const a of activities) {
    if (a.kind === 'staz')
      lines.push(`staż: ${a.organization}, ${formatDate(a.date)}–${formatDate(a.endDate)}`)
    else if (a.kind === 'projekt_ue') lines.push(`udział w projekcie: ${a.projectName}`)
    else if (a.kind !== 'zatrudnienie' && a.kind !== 'swiadczenie_zus')
      counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1)
  }
  return [...[...counts].map(([kind, n]) => `${ACTIVITY_KINDS[kind]} — ${n}`), ...lines]
}
