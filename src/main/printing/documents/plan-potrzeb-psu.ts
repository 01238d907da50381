// Plan potrzeb PSU for a year (types of work, places, persons, hours), due to the PUP by 31 January.
import type { PlanRecord } from '@shared/psu-plan.schema'
import { formatHours } from '@shared/psu-hours'
import { documentShell, officeHeader, signatureLines, type PrintableDocument } from '../document-shell'
import { html } from '../html'

const CSS = `
thead th.num { white-space: normal; width: 10%; text-align: center; }
thead th:nth-child(2) { width: 24%; }
thead th:first-child { width: 5%; }
`

export interface PlanPotrzebData {
  officeName: string
  coordinatorName: string
  plan: PlanRecord
  printedAt: string
}

export function renderPlanPotrzebPsu({
  officeName,
  coordinatorName,
  plan,
  printedAt,
}: PlanPotrzebData): PrintableDocument {
  const sum = (pick: (i: PlanRecord['items'][number]) => number) =>
    plan.items.reduce((s, i) => s + pick(i), 0)
  const body = html`
    ${officeHeader({ officeName }, `Wydruk z dnia ${printedAt}`)}
    <h1>Plan potrzeb w zakresie prac społecznie użytecznych na rok ${plan.year}</h1>
    <p class="center muted">do przekazania do powiatowego urzędu pracy w terminie do 31 stycznia ${plan.year} r.</p>
    <table>
      <thead>
        <tr>
          <th class="num">Lp.</th>
          <th>Rodzaj prac</th>
          <th>Miejsce wykonywania</th>
          <th class="num">Liczba miejsc</th>
          <th class="num">Liczba osób</th>
          <th class="num">Liczba godzin</th>
          <th>Uwagi</th>
        </tr>
      </thead>
      <tbody>
        ${plan.items.map(
          (item, n) => html`<tr>
            <td class="num">${n + 1}</td>
            <td>${item.positionTypeName}</td>
            <td>${item.workplaceName ?? '—'}</td>
            <td class="num">${item.places}</td>
            <td class="num">${item.persons}</td>
            <td class="num">${formatHours(item.hoursMin)}</td>
            <td>${item.notes}</td>
          </tr>`,
        )}
        ${plan.items.length === 0 ? html`<tr><td colspan="7" class="center">brak pozycji planu</td></tr>` : ''}
      </tbody>
      <tfoot>
        <tr>
          <th></th>
          <th colspan="2">Razem</th>
          <th class="num">${sum((i) => i.places)}</th>
          <th class="num">${sum((i) => i.persons)}</th>
          <th class="num">${formatHours(sum((i) => i.hoursMin))}</th>
          <th></th>
        </tr>
      </tfoot>
    </table>
    ${signatureLines([coordinatorName ? `sporządził(a): ${coordinatorName}` : 'sporządził(a)', 'zatwierdził(a) — kierownik ośrodka'])}
  `
  return {
    fileName: `plan-potrzeb-psu-${plan.year}.pdf`,
    html: documentShell({ title: `Plan potrzeb PSU na rok ${plan.year}`, body, css: CSS }),
  }
}
