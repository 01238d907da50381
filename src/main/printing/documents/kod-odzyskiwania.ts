// The recovery code of the screen lock, printed once at setup to keep in the office's safe: the
// program keeps only its hash and cannot print it again.
import { formatDateTime } from '@shared/dates'
import { documentShell, officeHeader, type PrintableDocument } from '../document-shell'
import { html, verbatim } from '../html'

export interface KodOdzyskiwaniaData {
  officeName: string
  code: string
  printedAt: Date
}

const CSS = `.code { font-size: 22pt; font-weight: 700; letter-spacing: 2pt; text-align: center; border: 2px solid #000; padding: 14pt; margin: 18pt 0; }`

export function renderKodOdzyskiwania(data: KodOdzyskiwaniaData): PrintableDocument {
  const body = html`
    ${officeHeader({ officeName: data.officeName }, formatDateTime(data.printedAt.toISOString()))}
    <h1>Kod odzyskiwania hasła blokady programu KIS i PSU</h1>
    <div class="code">${verbatim(data.code)}</div>
    <p>
      Kod pozwala ustawić nowe hasło blokady ekranu, gdy obecne zostanie zapomniane: na ekranie blokady
      wybierz „Nie pamiętam hasła”, wpisz ten kod i nowe hasło. Dane w programie zostają bez zmian.
    </p>
    <p>
      Kod działa jeden raz — po jego użyciu program pokaże nowy. Przechowuj ten wydruk w zamkniętej szafie
      lub sejfie ośrodka, z dala od komputera. Program nie może wydrukować tego kodu ponownie.
    </p>
  `
  return {
    fileName: 'kod-odzyskiwania.pdf',
    html: documentShell({ title: 'Kod odzyskiwania hasła', body, css: CSS }),
  }
}
