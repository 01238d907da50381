import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { test, expect } from './support/app'
import { isA4, pdfInfo, pdfText, pdfToPng } from '../support/pdf'
import {
  addAssignment,
  addPerson,
  addPorozumienie,
  addPosition,
  addSheet,
  setSheetStatus,
} from '../support/payout-fixtures'
import { todayIso } from '../../src/shared/dates'
import { formatMonth } from '../../src/shared/psu-calendar'

const SCREENSHOTS = 'test-results/screenshots'

/** The month before today's: payouts are made in arrears, and the screen offers it first. */
function previousMonth(): string {
  const [y, m] = todayIso().split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

const days = (month: string, from: number, to: number, minutes: number) =>
  Object.fromEntries(
    Array.from({ length: to - from + 1 }, (_, i) => [
      `${month}-${String(from + i).padStart(2, '0')}`,
      minutes,
    ]),
  )

/** pdftotext may render the non-breaking spaces of "1 229,61 zł" as plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

async function notified(page: Page, text: string | RegExp) {
  await expect(page.getByText(text).first()).toBeVisible()
}

/** Closes the notifications so a screenshot shows the screen under them. */
async function screenshot(page: Page, name: string) {
  const notes = page.locator('.mantine-Notifications-root .mantine-Notification-root')
  // One at a time from the top: notifications also close by themselves, so a list taken earlier goes stale.
  const close = notes.locator('.mantine-Notification-closeButton')
  while ((await close.count()) > 0) {
    await close
      .first()
      .dispatchEvent('click', undefined, { timeout: 1000 })
      .catch(() => undefined)
  }
  await expect(notes).toHaveCount(0)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })
}

test('closes a locked PSU month into a payout list, prints and exports it, pays it and claims the refund from the PUP', async ({
  app,
  page,
}) => {
  // The whole month's way, from closing to the money received, in one story: longer than one screen's test.
  test.setTimeout(180_000)
  mkdirSync(SCREENSHOTS, { recursive: true })
  const month = previousMonth()
  const year = new Date().getFullYear()
  const db = app.database.db
  // A new-regime porozumienie at 15,37 zł/h, refund 60 % of the minimum rate (12,20 zł).
  const porozumienieId = await addPorozumienie(db, {
    number: 'PSU/4/2025',
    signedOn: '2025-07-01',
    periodFrom: '2025-06-01',
    periodTo: '2035-12-31',
    rates: [{ validFrom: '2025-06-01', rateGr: 1537 }],
  })
  const cleaning = await addPosition(db, 'Szkoła Podstawowa nr 3', 'osoba sprzątająca')
  const courier = await addPosition(db, 'Urząd Miejski', 'goniec doręczyciel')
  const zaneta = await addPerson(db, 'Żaneta', 'Gęślak')
  const lukasz = await addPerson(db, 'Łukasz', 'Ćwikliński')
  const period = { porozumienieId, from: '2025-06-01', to: '2035-12-31' }
  const zanetaCourier = await addAssignment(db, { ...period, participantId: zaneta, positionId: courier })
  const sheets = [
    // Żaneta: 24 h cleaning + 16,5 h courier = 40,5 h → 622,485 zł → 622,49 zł (half-up once).
    await addSheet(
      db,
      await addAssignment(db, { ...period, participantId: zaneta, positionId: cleaning }),
      month,
      days(month, 1, 6, 240),
    ),
    await addSheet(db, zanetaCourier, month, {
      ...days(month, 12, 14, 300),
      [`${month}-15`]: 90,
    }),
    // Łukasz: 39,5 h → 607,115 zł → 607,12 zł.
    await addSheet(
      db,
      await addAssignment(db, { ...period, participantId: lukasz, positionId: courier }),
      month,
      {
        ...days(month, 1, 9, 240),
        [`${month}-10`]: 210,
      },
    ),
  ]
  await setSheetStatus(db, sheets[0]!, 'zamkniety')
  await setSheetStatus(db, sheets[2]!, 'zamkniety')

  // Who signs the lists and where the requests go: one place, Ustawienia; Enter saves.
  await page.getByRole('navigation', { name: 'Nawigacja' }).getByText('Ustawienia', { exact: true }).click()
  const settings = page.getByRole('form', { name: 'Urząd pracy i podpisy' })
  await settings
    .getByLabel('Powiatowy urząd pracy (adresat wniosków)')
    .fill('Powiatowy Urząd Pracy w Zgierzu')
  await settings.getByLabel('Listę sporządza').fill('Ewa Kadrowa')
  await settings.getByLabel(/Listę sprawdza/).fill('Jan Księgowy')
  await settings.getByLabel('Listę zatwierdza do wypłaty').fill('Maria Kierownik')
  await settings.getByLabel('Listę zatwierdza do wypłaty').press('Enter')
  await notified(page, 'Urząd pracy i podpisy na listach wypłat')

  await page
    .getByRole('link', { name: 'Wypłaty PSU' })
    .or(page.getByText('Wypłaty PSU', { exact: true }))
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'Wypłaty PSU' })).toBeVisible()

  // One sheet still open: closing the month is refused in Polish, nothing is saved.
  await expect(page.getByTestId('month-status')).toContainText(
    `Karty ewidencji za ${formatMonth(month)}: 3 (zamknięte: 2, otwarte: 1)`,
  )
  await page.getByRole('button', { name: 'Zamknij miesiąc i policz listę' }).click()
  await notified(page, /Nie można zamknąć miesiąca .*: 1 karta nie jest zamknięta — Gęślak Żaneta/)

  // The coordinator locks the last sheet (issue 5's lock raises its version); the month closes into LW/1/<year>.
  const locked = await page.evaluate(
    ({ assignmentId, month }) => window.api.timesheets.lock({ assignmentId, month, by: 'Anna Koordynator' }),
    { assignmentId: zanetaCourier, month },
  )
  expect(locked.ok).toBe(true)
  await page.getByRole('combobox', { name: 'Miesiąc' }).click()
  await page.getByRole('option', { name: formatMonth(month), exact: true }).click()
  await page.getByRole('button', { name: 'Zamknij miesiąc i policz listę' }).click()
  const listDialog = page.getByRole('dialog', { name: `Lista wypłat LW/1/${year}` })
  await expect(listDialog).toBeVisible()
  await expect(listDialog.getByTestId('payout-status')).toHaveText('projekt')
  await expect(listDialog.getByTestId('payout-total')).toHaveText('1\u00a0229,61\u00a0zł')
  const people = listDialog.getByRole('table', { name: 'Osoby na liście wypłat' })
  await expect(people.getByRole('row').nth(1)).toContainText('Ćwikliński Łukasz')
  await expect(people.getByRole('row').nth(1)).toContainText('607,12')
  await expect(people.getByRole('row').nth(2)).toContainText('osoba sprzątająca — Szkoła Podstawowa nr 3')
  await expect(people.getByRole('row').nth(2)).toContainText('goniec doręczyciel — Urząd Miejski')

  // Żaneta is paid by transfer: a failing checksum is refused, the right number is kept.
  await people.getByRole('row').nth(2).getByRole('button', { name: 'Zmień formę / konto' }).click()
  const payment = page.getByRole('dialog', { name: /Forma wypłaty — Żaneta Gęślak/ })
  await payment.getByText('przelew').click()
  await payment.getByLabel('Numer konta').fill('61 1090 1014 0000 0712 1981 2875')
  await expect(
    payment.getByText('Numer konta ma błędną sumę kontrolną — sprawdź przepisane cyfry.').first(),
  ).toBeVisible()
  await payment.getByRole('button', { name: 'Zapisz' }).click()
  await expect(payment).toBeVisible()
  await payment.getByLabel('Numer konta').fill('61 1090 1014 0000 0712 1981 2874')
  await payment.getByRole('button', { name: 'Zapisz' }).click()
  await expect(payment).toBeHidden()
  await expect(people.getByRole('row').nth(2)).toContainText('61 1090 1014 0000 0712 1981 2874')

  await listDialog.getByRole('button', { name: 'Zatwierdź listę' }).click()
  await page
    .getByRole('dialog', { name: 'Zatwierdzenie listy wypłat' })
    .getByRole('button', { name: 'Zatwierdź' })
    .click()
  await expect(listDialog.getByTestId('payout-status')).toHaveText('zatwierdzona')
  await screenshot(page, 'payout-list')

  // Print: the saved PDF has the names, amounts as "1 229,61 zł" and the amounts in words.
  await listDialog.getByRole('button', { name: 'Drukuj listę' }).click()
  const preview = page.getByRole('dialog', { name: /Podgląd wydruku: Lista wypłat/ })
  await expect(preview.getByTestId('preview-pages')).toHaveText('1 strona A4')
  const pdfPath = join(app.dir, 'lista.pdf')
  app.platform.answers.push(pdfPath)
  await preview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await notified(page, 'Zapisano PDF')
  pdfToPng(pdfPath, `${SCREENSHOTS}/lista-wyplat`, 110)
  const text = plain(pdfText(pdfPath))
  expect(text).toContain(`LISTA WYPŁAT nr LW/1/${year}`)
  expect(text).toContain('Żaneta Gęślak')
  expect(text).toContain('Łukasz Ćwikliński')
  expect(text).toContain('622,49 zł')
  expect(text).toContain('607,12 zł')
  expect(text).toContain('1 229,61 zł')
  expect(text).toContain('słownie: sześćset dwadzieścia dwa złote 49/100')
  expect(text).toContain('słownie: sześćset siedem złotych 12/100')
  expect(text).toMatch(/tysiąc dwieście dwadzieścia dziewięć złotych 61\/100/)
  expect(text).toContain('61 1090 1014 0000 0712 1981 2874')
  expect(text).toContain('Maria Kierownik')
  const info = pdfInfo(pdfPath)
  expect(isA4(info.pageSize), info.pageSize).toBe(true)
  expect(info.fonts).toMatch(/NotoSans/)
  // The notification may cover the preview's Zamknij button; the click goes to the button itself.
  await preview.getByRole('button', { name: 'Zamknij', exact: true }).dispatchEvent('click')
  await expect(preview).toBeHidden()
  // No PESEL on the list by default: the participants sign it.
  expect(text).not.toMatch(/PESEL \d{11}/)

  // The copy attached to the refund request is certified "za zgodność z oryginałem".
  await listDialog.getByRole('button', { name: 'Kopia do wniosku o refundację' }).click()
  const copyPreview = page.getByRole('dialog', { name: /Podgląd wydruku: Kopia listy wypłat/ })
  const copyPath = join(app.dir, 'lista-kopia.pdf')
  app.platform.answers.push(copyPath)
  await copyPreview.getByRole('button', { name: 'Zapisz PDF' }).click()
  // The list's own "Zapisano PDF" may still show: wait for the copy's file itself.
  await expect.poll(() => existsSync(copyPath)).toBe(true)
  const copyText = plain(pdfText(copyPath))
  expect(copyText).toContain('KOPIA')
  expect(copyText).toContain('Za zgodność z oryginałem')
  expect(copyText).toContain(`LISTA WYPŁAT nr LW/1/${year}`)
  await copyPreview.getByRole('button', { name: 'Zamknij', exact: true }).dispatchEvent('click')
  await expect(copyPreview).toBeHidden()

  // XLSX of the same list: its Razem row equals the printed totals.
  const xlsxPath = join(app.dir, 'lista.xlsx')
  app.platform.answers.push(xlsxPath)
  await listDialog.getByRole('button', { name: 'Eksport XLSX' }).click()
  await notified(page, 'Wyeksportowano 3 wiersze')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsxPath)
  const sheet = workbook.worksheets[0]!
  const header = (sheet.getRow(1).values as unknown[]).slice(1)
  const col = (name: string) => header.indexOf(name) + 1
  const totalRow = sheet.getRow(sheet.rowCount)
  expect(totalRow.getCell(col('Nazwisko')).value).toBe('Razem')
  expect(totalRow.getCell(col('Kwota')).value).toBe(1229.61)
  expect(totalRow.getCell(col('Godziny')).value).toBe(80)
  expect(totalRow.getCell(col('Refundacja FP')).value).toBe(585.6)
  const rowsSum = [2, 3].reduce(
    (a, r) => a + Math.round(Number(sheet.getRow(r).getCell(col('Kwota')).value) * 100),
    0,
  )
  expect(rowsSum).toBe(122_961)

  // The bank file has only the transfer, with the 26-digit account.
  const csvPath = join(app.dir, 'przelewy.csv')
  app.platform.answers.push(csvPath)
  await listDialog.getByRole('button', { name: 'Plik CSV dla banku' }).click()
  await notified(page, 'Wyeksportowano 1 wiersz')
  const csv = readFileSync(csvPath, 'utf8')
  expect(csv).toContain('Żaneta Gęślak;61109010140000071219812874;622,49;')
  expect(csv).not.toContain('Ćwikliński')

  // Both paid today: the list becomes wypłacona.
  await listDialog.getByRole('button', { name: 'Zaznacz niewypłacone' }).click()
  await listDialog.getByRole('button', { name: 'Oznacz wypłatę (2)' }).click()
  await page
    .getByRole('dialog', { name: 'Oznaczenie wypłaty' })
    .getByRole('button', { name: 'Oznacz wypłatę' })
    .click()
  // Esc goes to the list once the question has gone (while it fades out it still holds the focus).
  await expect(page.getByRole('dialog', { name: 'Oznaczenie wypłaty' })).toBeHidden()
  await expect(listDialog.getByTestId('payout-status')).toHaveText('wypłacona')
  await page.keyboard.press('Escape')
  await expect(listDialog).toBeHidden()

  // The refund request to the PUP, its letter and zestawienie, then the money received (3 gr short).
  await page.getByRole('tab', { name: 'Refundacje' }).click()
  await page.getByRole('button', { name: 'Nowy wniosek o refundację' }).click()
  const create = page.getByRole('dialog', { name: 'Nowy wniosek o refundację' })
  await expect(
    create.getByRole('checkbox', { name: new RegExp(`lista LW/1/${year}: refundacja 585,60`) }),
  ).toBeChecked()
  await create.getByRole('button', { name: 'Złóż wniosek' }).click()
  await notified(page, `Złożono wniosek WR/1/${year} na 585,60\u00a0zł.`)
  const board = page.getByRole('table', { name: 'Wnioski o refundację' })
  await expect(board.getByRole('row').nth(1)).toContainText(`WR/1/${year}`)
  await expect(page.getByTestId('refunds-owed')).toContainText('585,60')

  await board.getByRole('button', { name: `Działania: WR/1/${year}` }).click()
  await page.getByRole('menuitem', { name: 'Drukuj wniosek i zestawienie' }).click()
  const requestPreview = page.getByRole('dialog', { name: /Podgląd wydruku: Wniosek o refundację/ })
  await expect(requestPreview.getByTestId('preview-pages')).toHaveText('2 strony A4')
  const requestPdf = join(app.dir, 'wniosek.pdf')
  app.platform.answers.push(requestPdf)
  await requestPreview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await notified(page, 'Zapisano PDF')
  pdfToPng(requestPdf, `${SCREENSHOTS}/wniosek-refundacja`, 80)
  const letter = plain(pdfText(requestPdf))
  expect(letter).toContain('Powiatowy Urząd Pracy w Zgierzu')
  expect(letter).toContain('WNIOSEK')
  expect(letter).toContain('ZESTAWIENIE')
  expect(letter).toMatch(/pięćset osiemdziesiąt pięć złotych\s+60\/100/)
  expect(letter).toMatch(/Razem \(2 pozycje\)\s+80\s+1 229,61 zł\s+585,60 zł/)
  // The gmina's request: its account line, the porozumienie's term, the wójt's or authorised signature.
  expect(letter).toMatch(/Refundację\s+proszę\s+przekazać\s+na\s+rachunek\s+gminy\s+nr/)
  expect(letter).toMatch(
    /w\s+terminie\s+określonym\s+w\s+porozumieniu:\s+30\s+dni\s+od\s+dnia\s+złożenia\s+wniosku/,
  )
  expect(letter).toMatch(/wójt \(burmistrz, prezydent miasta\) lub osoba przez niego/)
  expect(letter).toMatch(/poświadczona\s+za\s+zgodność\s+z\s+oryginałem/)
  // Esc closes the preview (its Zamknij button may sit under the notifications).
  await page.keyboard.press('Escape')
  await expect(requestPreview).toBeHidden()

  await board.getByRole('button', { name: `Działania: WR/1/${year}` }).click()
  await page.getByRole('menuitem', { name: 'Zapisz wpływ refundacji' }).click()
  const receive = page.getByRole('dialog', { name: `Wpływ refundacji — wniosek WR/1/${year}` })
  await receive.getByLabel('Otrzymana kwota (zł)').fill('585,57')
  await expect(receive.getByText(/różni się od wnioskowanej o -0,03/)).toBeVisible()
  await receive.getByRole('button', { name: 'Zapisz wpływ' }).click()
  await expect(receive).toBeHidden()
  await expect(board.getByRole('row').nth(1)).toContainText('otrzymany')
  await expect(board.getByRole('row').nth(1)).toContainText('różnica -0,03\u00a0zł')
  await expect(page.getByTestId('refunds-owed')).toContainText('0,00')
  await screenshot(page, 'refunds-board')

  // The year: what was paid and refunded in the month of work.
  await page.getByRole('tab', { name: 'Rok' }).click()
  await page.getByRole('combobox', { name: 'Rok' }).click()
  await page.getByRole('option', { name: month.slice(0, 4), exact: true }).click()
  const yearTable = page.getByRole('table', { name: `PSU w roku ${month.slice(0, 4)}` })
  const monthRow = yearTable.getByRole('row', { name: new RegExp(`^${formatMonth(month)}`) })
  await expect(monthRow).toContainText('1\u00a0229,61\u00a0zł')
  await expect(monthRow).toContainText('585,57\u00a0zł')
  await screenshot(page, 'payouts-year')
  expect(existsSync(`${SCREENSHOTS}/lista-wyplat-1.png`)).toBe(true)
})

test('shows an approved list out of date after its month is reopened and changed, previews a rate change, and recomputes only after cancelling', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000)
  const month = previousMonth()
  const year = new Date().getFullYear()
  const db = app.database.db
  const porozumienieId = await addPorozumienie(db, {
    number: 'PSU/5/2025',
    signedOn: '2025-03-01',
    periodFrom: '2025-06-01',
    periodTo: '2035-12-31',
    rates: [{ validFrom: '2025-06-01', rateGr: 1220 }],
  })
  const position = await addPosition(db, 'Biblioteka Miejska', 'pomoc pracownika biurowego')
  const ola = await addPerson(db, 'Aleksandra', 'Śliwińska')
  const assignment = await addAssignment(db, {
    porozumienieId,
    participantId: ola,
    positionId: position,
    from: '2025-06-01',
    to: '2035-12-31',
  })
  const sheet = await addSheet(db, assignment, month, days(month, 1, 10, 240))
  await setSheetStatus(db, sheet, 'zamkniety')

  await page.getByText('Wypłaty PSU', { exact: true }).first().click()
  await page.getByRole('button', { name: 'Zamknij miesiąc i policz listę' }).click()
  const first = page.getByRole('dialog', { name: `Lista wypłat LW/1/${year}` })
  await expect(first.getByTestId('payout-total')).toHaveText('488,00\u00a0zł')
  await first.getByRole('button', { name: 'Zatwierdź listę' }).click()
  await page
    .getByRole('dialog', { name: 'Zatwierdzenie listy wypłat' })
    .getByRole('button', { name: 'Zatwierdź' })
    .click()
  await expect(first.getByTestId('payout-status')).toHaveText('zatwierdzona')
  await expect(page.getByRole('dialog', { name: 'Zatwierdzenie listy wypłat' })).toBeHidden()
  await page.keyboard.press('Escape')
  await expect(first).toBeHidden()

  // A rate change is previewed on the computed list before anyone saves it.
  await page.getByRole('button', { name: 'Podgląd zmiany stawki' }).click()
  const ratePreview = page.getByRole('dialog', { name: 'Podgląd zmiany stawki' })
  await ratePreview.getByLabel('Obowiązuje od').fill(`05.${month.slice(5, 7)}.${month.slice(0, 4)}`)
  await ratePreview.getByLabel('Stawka za godzinę (zł)').fill('13,00')
  await ratePreview.getByRole('button', { name: 'Pokaż skutki' }).click()
  const effects = ratePreview.getByRole('table', { name: 'Skutki zmiany stawki' })
  // 4 days × 4 h at 12,20 zł + 6 days × 4 h at 13,00 zł = 195,20 + 312,00 = 507,20 zł.
  await expect(effects.getByRole('row', { name: /Śliwińska Aleksandra/ })).toContainText('488,00\u00a0zł')
  await expect(effects.getByRole('row', { name: /Śliwińska Aleksandra/ })).toContainText('507,20\u00a0zł')
  await page.keyboard.press('Escape')
  await expect(ratePreview).toBeHidden()

  // The month is reopened (issue 5's reopen, logged) and a day added: the approved list is marked, not changed.
  const reopened = await page.evaluate(
    ({ assignmentId, month }) =>
      window.api.timesheets.reopen({
        assignmentId,
        month,
        by: 'Anna Koordynator',
        reason: 'brakujący dzień',
      }),
    { assignmentId: assignment, month },
  )
  expect(reopened.ok).toBe(true)
  await db
    .insertInto('psu_timesheet_days')
    .values({ timesheet_id: sheet, day: `${month}-11`, worked_min: 120, absence: null })
    .execute()
  const relocked = await page.evaluate(
    ({ assignmentId, month }) => window.api.timesheets.lock({ assignmentId, month, by: 'Anna Koordynator' }),
    { assignmentId: assignment, month },
  )
  expect(relocked.ok).toBe(true)
  await page.getByRole('tab', { name: 'Refundacje' }).click()
  await page.getByRole('tab', { name: 'Listy wypłat' }).click()
  const lists = page.getByRole('table', { name: 'Listy wypłat' })
  await expect(lists.getByRole('row', { name: new RegExp(`LW/1/${year}`) })).toContainText('nieaktualna')
  await page.getByRole('button', { name: 'Zamknij miesiąc i policz listę' }).click()
  await notified(page, /jest zatwierdzona — takiej listy nie zmienia się po cichu/)

  await lists.getByRole('row', { name: new RegExp(`LW/1/${year}`) }).click()
  const stale = page.getByRole('dialog', { name: `Lista wypłat LW/1/${year}` })
  await expect(stale.getByText(/była ponownie otwarta i zamknięta po policzeniu listy/)).toBeVisible()
  await expect(stale.getByTestId('payout-total')).toHaveText('488,00\u00a0zł')
  await stale.getByRole('button', { name: 'Anuluj listę' }).click()
  const cancel = page.getByRole('dialog', { name: `Anulowanie listy LW/1/${year}` })
  await cancel.getByLabel('Powód anulowania').fill('dopisane 2 godziny z 11. dnia miesiąca')
  await cancel.getByRole('button', { name: 'Anuluj listę' }).click()
  await expect(stale.getByTestId('payout-status')).toHaveText('anulowana')
  await page.keyboard.press('Escape')
  await expect(stale).toBeHidden()

  await page.getByRole('button', { name: 'Zamknij miesiąc i policz listę' }).click()
  const second = page.getByRole('dialog', { name: `Lista wypłat LW/2/${year}` })
  await expect(second.getByTestId('payout-total')).toHaveText('512,40\u00a0zł')
  await page.keyboard.press('Escape')
  await expect(lists.getByRole('row')).toHaveCount(3)
  await expect(lists.getByRole('row', { name: new RegExp(`LW/1/${year}`) })).toContainText('anulowana')
  await screenshot(page, 'payout-lists')
})

test('asks before saving a porozumienie rate that would change a computed payout list', async ({
  app,
  page,
}) => {
  const month = previousMonth()
  const db = app.database.db
  const porozumienieId = await addPorozumienie(db, {
    number: 'PSU/9/2025',
    signedOn: '2025-03-01',
    periodFrom: '2025-06-01',
    periodTo: '2035-12-31',
    rates: [{ validFrom: '2025-06-01', rateGr: 1220 }],
  })
  const position = await addPosition(db, 'Dom Kultury', 'robotnik gospodarczy')
  const person = await addPerson(db, 'Grzegorz', 'Żak')
  const assignment = await addAssignment(db, {
    porozumienieId,
    participantId: person,
    positionId: position,
    from: '2025-06-01',
    to: '2035-12-31',
  })
  await setSheetStatus(db, await addSheet(db, assignment, month, days(month, 1, 10, 60)), 'zamkniety')
  const computed = await page.evaluate((query) => window.api.payouts.compute(query), {
    porozumienieId,
    month,
  })
  expect(computed.ok).toBe(true)
  const rates = () =>
    db
      .selectFrom('psu_porozumienie_rates')
      .select('rate_gr')
      .where('porozumienie_id', '=', porozumienieId)
      .execute()

  await app.open('psu')
  await page.getByRole('tab', { name: 'Porozumienia' }).click()
  await page
    .getByRole('row', { name: /PSU\/9\/2025/ })
    .getByRole('button', { name: 'Edytuj' })
    .click()
  const form = page.getByRole('dialog', { name: 'Porozumienie nr PSU/9/2025' })
  await form.getByRole('textbox', { name: 'Stawka za godzinę' }).fill('13,00')
  await form.getByRole('button', { name: 'Zapisz' }).click()
  const confirm = page.getByRole('dialog', { name: 'Zmiana stawki zmienia policzone listy wypłat' })
  // 10 h (one a day, within the 10 h weekly limit) at 12,20 zł = 122,00 zł; at 13,00 zł = 130,00 zł.
  await expect(confirm.getByRole('row', { name: /Żak Grzegorz/ })).toContainText('122,00\u00a0zł')
  await expect(confirm.getByRole('row', { name: /Żak Grzegorz/ })).toContainText('130,00\u00a0zł')
  await confirm.getByRole('button', { name: 'Nie zapisuj' }).click()
  await expect(confirm).toBeHidden()
  expect(await rates()).toEqual([{ rate_gr: 1220 }])

  await form.getByRole('button', { name: 'Zapisz' }).click()
  await confirm.getByRole('button', { name: 'Zapisz mimo to' }).click()
  await expect(form).toBeHidden()
  expect(await rates()).toEqual([{ rate_gr: 1300 }])
})
