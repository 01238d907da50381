import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { test, expect, type AppUnderTest } from './support/app'
import { isA4, pdfInfo, pdfText, pdfToPng } from '../support/pdf'
import { grantInput } from '../../src/shared/report-grants'
import { createOfficeService } from '../../src/main/settings/office.service'
import { buildReportDataset, createReportsFor } from '../support/report-fixtures'

const SCREENSHOTS = 'test-results/screenshots'

/** pdftotext may render the non-breaking spaces of "2 723,00 zł" as plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

async function screenshot(page: Page, name: string) {
  const notes = page.locator('.mantine-Notifications-root .mantine-Notification-root')
  for (const button of await notes.locator('.mantine-Notification-closeButton').all()) {
    await button.dispatchEvent('click')
  }
  await expect(notes).toHaveCount(0)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** The report screen for the year 2025 of the known dataset. */
async function openReports(app: AppUnderTest, page: Page) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await buildReportDataset(app.database.db)
  await page.getByRole('link', { name: 'Sprawozdania' }).click()
  await expect(page.getByRole('heading', { name: 'Sprawozdania', level: 2 })).toBeVisible()
  await page.getByRole('combobox', { name: 'Rok' }).click()
  await page.getByRole('option', { name: '2025', exact: true }).click()
  await expect(page.getByText('Okres: rok 2025')).toBeVisible()
}

async function loadXlsx(path: string) {
  const workbook = new ExcelJS.Workbook()
  const bytes = readFileSync(path)
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return workbook
}

test('shows the yearly summary from the records, drills down to the people, prints and exports it', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000)
  await openReports(app, page)
  await expect(page.getByTestId('figure-uczestnicy')).toHaveText('9')
  await expect(page.getByTestId('figure-uczestnicy-2024')).toHaveText('3')
  await expect(page.getByTestId('figure-absolwenci')).toHaveText('5')
  await expect(page.getByTestId('share-absolwenci')).toHaveText('ok. 56%')
  await expect(page.getByTestId('figure-psu-wyplacone')).toHaveText('2\u00a0723,00\u00a0zł')
  await expect(page.getByText('Osoby z co najmniej jednym uczestnictwem trwającym').first()).toBeVisible()
  await screenshot(page, 'reports-summary')

  // Drill down: the five graduates, then one person's record, then back to the list.
  await page.getByTestId('figure-absolwenci').click()
  const drill = page.getByRole('dialog', { name: /Absolwenci .* rok 2025/ })
  await expect(drill.getByTestId('drill-count')).toHaveText('5 pozycji')
  await expect(drill.getByTestId('drill-total')).toHaveText('Razem: 5')
  await expect(drill.getByRole('row')).toHaveCount(6)
  await expect(drill).toContainText('Lewandowska Barbara')
  await expect(drill).not.toContainText('Kowalska Anna')
  await screenshot(page, 'reports-drill-absolwenci')
  await drill.getByRole('button', { name: 'Wójcik Celina' }).click()
  const person = page.getByRole('dialog', { name: /Wójcik Celina — przebieg w KIS/ })
  await expect(person).toBeVisible()
  await person.getByRole('button', { name: 'Zamknij' }).first().click()
  await expect(drill.getByTestId('drill-count')).toHaveText('5 pozycji')
  await page.keyboard.press('Escape')
  await expect(drill).toBeHidden()

  // A summed figure: the rows add up to the money paid.
  await page.getByTestId('figure-psu-wyplacone').click()
  const money = page.getByRole('dialog', { name: /Świadczenia PSU wypłacone/ })
  await expect(money.getByTestId('drill-total')).toHaveText('Razem: 2\u00a0723,00\u00a0zł')
  await expect(money.getByTestId('drill-count')).toHaveText('7 pozycji')
  await page.keyboard.press('Escape')

  // Print: the PDF holds the figures, the shares and the definitions, on A4.
  await page.getByRole('button', { name: 'Podgląd i druk PDF' }).click()
  const preview = page.getByRole('dialog', { name: /Podgląd wydruku: Zestawienie działalności KIS/ })
  await expect(preview.getByTestId('preview-pages')).toContainText(/stron/)
  const pdfPath = join(app.dir, 'zestawienie.pdf')
  app.platform.answers.push(pdfPath)
  await preview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText('Zapisano PDF')).toBeVisible()
  pdfToPng(pdfPath, `${SCREENSHOTS}/zestawienie-kis`, 80)
  const text = plain(pdfText(pdfPath))
  expect(isA4(pdfInfo(pdfPath).pageSize)).toBe(true)
  expect(text).toContain('Zestawienie działalności Klubu Integracji Społecznej')
  expect(text).toMatch(/Absolwenci \(uczestnictwo co najmniej 6\s+5\s+1\s+0\s+ok\. 56%/)
  expect(text).toMatch(/Osoby, które uczestniczyły w KIS\s+9\s+3\s+1/)
  expect(text).toContain('2 723,00 zł')
  expect(text).toContain('1 005,20 zł')
  expect(text).toContain('osoba sprzątająca ×2')
  expect(text).toContain('środki własne gminy')
  expect(text).toContain('Udziały zaokrąglone do pełnego procentu')
  await page.keyboard.press('Escape')

  // XLSX: the same figures as the screen.
  const xlsxPath = join(app.dir, 'zestawienie.xlsx')
  app.platform.answers.push(xlsxPath)
  await page.getByRole('button', { name: 'Eksport XLSX' }).click()
  await expect(page.getByText(xlsxPath)).toBeVisible()
  const workbook = await loadXlsx(xlsxPath)
  const kis = workbook.getWorksheet('Zestawienie KIS')!
  const headers = (kis.getRow(1).values as unknown[]).slice(1)
  expect(kis.getRow(2).getCell(headers.indexOf('Osoby, które uczestniczyły w KIS') + 1).value).toBe(9)
  expect(kis.getRow(3).getCell(1).value).toBe('rok 2024')
  expect(workbook.getWorksheet('PSU')!.getRow(2).getCell(6).value).toBe(2723)

  // Editable text for pasting into the office's own report.
  const txtPath = join(app.dir, 'zestawienie.txt')
  app.platform.answers.push(txtPath)
  await page.getByRole('button', { name: 'Tekst do edycji (TXT)' }).click()
  await expect(page.getByText(txtPath)).toBeVisible()
  const txt = readFileSync(txtPath, 'utf8')
  expect(txt).toContain('Absolwenci (uczestnictwo co najmniej 6 miesięcy)\t5\t1\t')
})

test('reports to the wojewoda by target group, drills into a group and prints it', async ({ app, page }) => {
  test.setTimeout(90_000)
  await openReports(app, page)
  await page.getByRole('tab', { name: 'Sprawozdanie dla wojewody' }).click()
  await expect(page.getByTestId('group-dlugotrwale_bezrobotni')).toHaveText('5')
  await expect(page.getByTestId('figure-reintegracja')).toHaveText('4')
  // Art. 18a ust. 6 pkt 2 lit. b: Anna (job after graduating) only — not Celina, employed during hers.
  await expect(page.getByTestId('figure-zatrudnieni-po-kis')).toHaveText('1')
  await expect(page.getByTestId('figure-kadra')).toHaveText('2')
  await screenshot(page, 'reports-wojewoda')

  await page.getByTestId('group-dlugotrwale_bezrobotni').click()
  const drill = page.getByRole('dialog', { name: 'długotrwale bezrobotni — uczestnicy' })
  await expect(drill.getByTestId('drill-count')).toHaveText('5 pozycji')
  for (const name of [
    'Kowalska Anna',
    'Lewandowska Barbara',
    'Zieliński Damian',
    'Dąbrowska Grażyna',
    'Piotrowski Kamil',
  ])
    await expect(drill).toContainText(name)
  await page.keyboard.press('Escape')

  const reports = createReportsFor(app.database.db)
  await reports.saveGrant(
    grantInput.parse({
      id: null,
      year: 2025,
      name: 'dotacja celowa wojewody',
      granted: 10000,
      used: 9000,
      returned: 500,
      notes: '',
    }),
  )
  const office = createOfficeService(app.database.db)
  await office.update({
    ...(await office.get()),
    kisName: 'Klub Integracji Społecznej „Razem”',
    kisAddress: 'ul. Długa 5, 95-100 Zgierz',
    kisRegisterNumber: 'KIS/12/2016',
    kisRegisterDate: '2016-05-10',
  })
  await page.getByRole('tab', { name: 'Dane do sprawozdań' }).click()
  await page.getByRole('tab', { name: 'Sprawozdanie dla wojewody' }).click()
  await page.getByRole('button', { name: 'Podgląd i druk PDF' }).click()
  const preview = page.getByRole('dialog', { name: /Podgląd wydruku: Sprawozdanie KIS dla wojewody/ })
  await expect(preview.getByTestId('preview-pages')).toContainText(/stron/)
  const pdfPath = join(app.dir, 'wojewoda.pdf')
  app.platform.answers.push(pdfPath)
  await preview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText('Zapisano PDF')).toBeVisible()
  pdfToPng(pdfPath, `${SCREENSHOTS}/sprawozdanie-wojewoda`, 80)
  const text = plain(pdfText(pdfPath))
  expect(isA4(pdfInfo(pdfPath).pageSize)).toBe(true)
  expect(text).toContain('art. 18a ust. 6')
  expect(text).toMatch(/osoba długotrwale bezrobotna\s+5\s+2\s+1/)
  expect(text).toMatch(/osoba bezdomna .*\s+1\s+1\s+0/)
  expect(text).toMatch(/Ogółem \(osoba liczona raz\)\s+9\s+4\s+1/)
  expect(text).toContain('osoba z zaburzeniami psychicznymi')
  expect(text).toContain('Klub Integracji Społecznej „Razem”')
  expect(text).toMatch(/nr KIS\/12\/2016 z dnia 10\.05\.2016/)
  expect(text).toContain('Rozliczenie przyznanych dotacji za rok poprzedni')
  expect(text).toMatch(/NIEZGODNOŚĆ: 500,00 zł ani/)
  expect(text).toContain('Maria Nowak')
  expect(text).toContain('20 h miesięcznie')
  expect(text).toMatch(/zajęcia grupowe\s+6\s+7/)
})

test('draws the charts and lists data problems with a way to fix each', async ({ app, page }) => {
  test.setTimeout(90_000)
  await openReports(app, page)
  await page.getByRole('tab', { name: 'Wykresy' }).click()
  await expect(page.locator('.recharts-surface').first()).toBeVisible()
  await expect(page.locator('.recharts-surface')).toHaveCount(4)
  await expect(page.getByText('Uczestnicy i absolwenci w latach 2021–2025')).toBeVisible()
  await screenshot(page, 'reports-charts')

  await page.getByRole('tab', { name: 'Kontrola danych' }).click()
  await expect(page.getByTestId('quality-summary')).toHaveText(
    'Do sprawdzenia przed sprawozdaniem: 6 (okres rok 2025).',
  )
  await expect(page.getByTestId('quality-bez-kontraktu')).toContainText('Piotrowski Kamil')
  await expect(page.getByTestId('quality-wyplaty-bez-wniosku')).toContainText('PSU/2/2025')
  await screenshot(page, 'reports-quality')
  await page.getByTestId('quality-pesel').getByRole('button', { name: 'Popraw' }).click()
  const form = page.getByRole('dialog', { name: 'Dane uczestnika' })
  await expect(form.getByRole('textbox', { name: 'Nazwisko' })).toHaveValue('Błędny')
  await form.getByRole('button', { name: 'Zamknij' }).first().click()
  await expect(form).toBeHidden()

  await page.getByTestId('quality-przydzialy-bez-kart').getByRole('button', { name: 'Popraw' }).click()
  const sheet = page.getByRole('dialog', { name: 'Karta ewidencji godzin: Żak Monika — wrzesień 2025' })
  await expect(sheet).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  await page.getByTestId('quality-wyplaty-bez-wniosku').getByRole('button', { name: 'Popraw' }).click()
  const list = page.getByRole('dialog', { name: /Lista wypłat LW\/7\/2025/ })
  await expect(list).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()

  await page.getByTestId('quality-miesiace-bez-listy').getByRole('button', { name: 'Popraw' }).click()
  await expect(page.getByRole('heading', { name: 'Wypłaty PSU', level: 2 })).toBeVisible()
  // Wait for the screen's lists, so the test does not end while they are being read.
  const lists = page.getByRole('table', { name: 'Listy wypłat' })
  await expect(lists.or(page.getByText('Brak list wypłat w wybranym roku.'))).toBeVisible()
})

test('exports the lists of the other screens with the filters set', async ({ app, page }) => {
  await openReports(app, page)
  await page.getByRole('tab', { name: 'Eksport list' }).click()
  const path = join(app.dir, 'kontrakty.xlsx')
  app.platform.answers.push(path)
  await page
    .getByText('Kontrakty socjalne', { exact: true })
    .locator('xpath=../..')
    .getByRole('button', { name: 'Eksport XLSX' })
    .click()
  await expect(page.getByText('Wyeksportowano 11 wierszy')).toBeVisible()
  const sheet = (await loadXlsx(path)).getWorksheet('Kontrakty socjalne')!
  expect(sheet.rowCount).toBe(12)

  const csv = join(app.dir, 'wsparcie.csv')
  app.platform.answers.push(csv)
  await page.getByRole('combobox', { name: 'Forma wsparcia' }).click()
  await page.getByRole('option', { name: 'podjęcie pracy' }).click()
  await page
    .getByText('Wsparcie w KIS', { exact: true })
    .locator('xpath=../..')
    .getByRole('button', { name: 'Eksport CSV' })
    .click()
  await expect(page.getByText('Wyeksportowano 3 wiersze')).toBeVisible()
  expect(readFileSync(csv, 'utf8')).toContain('Zieliński Damian')
})

test('records KIS staff working time and a funding source for the reports, refusing an unnamed source', async ({
  app,
  page,
}) => {
  await openReports(app, page)
  await page.getByRole('tab', { name: 'Dane do sprawozdań' }).click()
  await page.getByRole('button', { name: 'Dodaj zatrudnienie' }).click()
  const staff = page.getByRole('dialog', { name: 'Nowe zatrudnienie w KIS' })
  await staff.getByRole('combobox', { name: 'Pracownik (z listy w Ustawieniach)' }).click()
  await page.getByRole('option', { name: 'Ewa Lis' }).click()
  await staff.getByRole('textbox', { name: 'Funkcja w KIS' }).fill('instruktor terapii zajęciowej')
  await staff.getByRole('textbox', { name: 'Wymiar etatu' }).fill('0,75')
  await staff.getByRole('textbox', { name: 'Od', exact: true }).fill('01.02.2027')
  await staff.getByRole('textbox', { name: 'Od', exact: true }).press('Tab')
  await staff.getByRole('button', { name: 'Zapisz' }).click()
  await expect(staff).toBeHidden()
  const engagements = page.getByRole('table', { name: 'Zatrudnienie kadry KIS' })
  await expect(engagements.getByRole('row', { name: /instruktor terapii zajęciowej/ })).toContainText(
    '0,75 etatu',
  )

  await page.getByRole('button', { name: 'Dodaj źródło' }).click()
  const source = page.getByRole('dialog', { name: 'Nowe źródło finansowania' })
  await source.getByRole('combobox', { name: 'Źródło' }).click()
  await page.getByRole('option', { name: 'inne źródło' }).click()
  await source.getByRole('button', { name: 'Zapisz' }).click()
  await expect(source.getByText('Nazwij źródło finansowania.')).toBeVisible()
  await source.getByRole('textbox', { name: 'Nazwa (projektu, dotacji)' }).fill('darowizna Fundacji „Łąka”')
  await source.getByRole('textbox', { name: 'Kwota (zł, opcjonalnie)' }).fill('1234,56')
  await source.getByRole('button', { name: 'Zapisz' }).click()
  await expect(source).toBeHidden()
  const row = page
    .getByRole('table', { name: 'Źródła finansowania (wszystkie)' })
    .getByRole('row', { name: /Łąka/ })
  await expect(row).toContainText('01.2025–12.2025')
  await expect(row).toContainText('1\u00a0234,56\u00a0zł')

  await page.getByRole('button', { name: 'Dodaj dotację' }).click()
  const grant = page.getByRole('dialog', { name: 'Nowa dotacja' })
  await grant.getByRole('button', { name: 'Zapisz' }).click()
  await expect(grant.getByText(/Podaj nazwę dotacji/)).toBeVisible()
  await grant
    .getByRole('textbox', { name: 'Dotacja i kto jej udzielił' })
    .fill('dotacja celowa wojewody łódzkiego')
  await grant.getByRole('textbox', { name: 'Przyznano (zł)' }).fill('50000')
  await grant.getByRole('textbox', { name: 'Wykorzystano (zł)' }).fill('48200,50')
  await expect(grant.getByRole('textbox', { name: 'Rozliczenie' })).toHaveValue(
    /o 1\u00a0799,50\u00a0zł mniej/,
  )
  await grant.getByRole('button', { name: 'Zapisz' }).click()
  await expect(grant).toBeHidden()
  const grantRow = page.getByRole('table', { name: 'Dotacje' }).getByRole('row', { name: /łódzkiego/ })
  await expect(grantRow).toContainText('NIEZGODNOŚĆ')
  await grantRow.getByRole('button', { name: 'Zmień' }).click()
  const edit = page.getByRole('dialog', { name: 'Dotacja' })
  await edit.getByRole('textbox', { name: 'Zwrócono (zł)' }).fill('1799,50')
  await edit.getByRole('button', { name: 'Zapisz' }).click()
  await expect(edit).toBeHidden()
  await expect(grantRow).toContainText('rozliczona')
  await screenshot(page, 'reports-data')
})
