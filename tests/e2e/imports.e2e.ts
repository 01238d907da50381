import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/app'
import { makePesel } from '../support/pesel-factory'
import { makeCsv, makeXlsx, PSU_HEADERS, psuRow } from '../support/import-files'
import { createPsu } from '../support/psu-fixtures'

const SCREENSHOTS = 'test-results/screenshots'

async function choose(page: Page, scope: Locator, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option }).first().click()
}

test('imports the register from Excel: guessed and hand-made mapping, dry run, ticked update, skipped-rows report', async ({
  app,
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const anna = makePesel('1985-07-14', 'K', 1)
  const jan = makePesel('1970-11-30', 'M', 2)
  const bad = anna.slice(0, 10) + String((Number(anna[10]) + 1) % 10)
  const file = join(app.dir, 'rejestr-2024.xlsx')
  writeFileSync(
    file,
    await makeXlsx([
      {
        name: 'Uczestnicy 2024',
        rows: [
          ['Rejestr uczestników KIS — stan na 31.12.2024'],
          [],
          ['Lp.', 'NAZWISKO', 'Imie', 'Pesel', 'Adres', 'Grupa docelowa', 'Informacje dodatkowe'],
          [1, 'Żółw', 'Zofia', anna, 'ul. Łąkowa 5, Zgierz', 'długotrwale bezrobotna', 'z arkusza 2019'],
          [2, 'Kowalski', 'Jan', jan, 'ul. Nowa 1, Zgierz', '5', ''],
          [3, 'Zając', 'Piotr', bad, '', 'bezdomny', ''],
          [4, '', 'Tomasz', makePesel('1979-09-09', 'M', 3), '', '5', ''],
        ],
      },
    ]),
  )
  await app.open('participants')
  // Jan is already in the register, with another address.
  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click()
  const form = page.getByRole('dialog', { name: 'Nowy uczestnik' })
  await form.getByRole('textbox', { name: 'Imię' }).fill('Jan')
  await form.getByRole('textbox', { name: 'Nazwisko' }).fill('Kowalski')
  await form.getByRole('textbox', { name: 'PESEL' }).fill(jan)
  await form.getByRole('textbox', { name: 'Adres' }).fill('ul. Stara 9, Zgierz')
  await form.getByRole('checkbox', { name: /długotrwale bezrobotna/ }).check()
  await form.getByRole('button', { name: 'Zapisz' }).click()
  await expect(form).toBeHidden()

  await page.getByRole('button', { name: 'Importuj z Excela…' }).click()
  const wizard = page.getByRole('dialog', { name: /Import z Excela — rejestr uczestników/ })
  app.platform.answers.push(file)
  await wizard.getByRole('button', { name: 'Wybierz plik…' }).click()
  await expect(wizard.getByTestId('import-file-info')).toHaveText('rejestr-2024.xlsx — skoroszyt Excela')
  await expect(wizard.getByRole('textbox', { name: 'Wiersz nagłówka' })).toHaveValue('3')
  await wizard.getByRole('button', { name: 'Dalej' }).click()

  // Guessed from the headers; "Informacje dodatkowe" is mapped by hand.
  await expect(wizard.getByRole('table', { name: 'Pierwsze wiersze pliku' })).toContainText('Żółw')
  await expect(wizard.getByRole('combobox', { name: 'Nazwisko', exact: true })).toHaveValue('B: NAZWISKO')
  await expect(wizard.getByRole('combobox', { name: 'PESEL', exact: true })).toHaveValue('D: Pesel')
  await expect(wizard.getByRole('combobox', { name: 'Uwagi', exact: true })).toHaveValue('')
  await choose(page, wizard, 'Uwagi', 'G: Informacje dodatkowe')
  await page.screenshot({ path: `${SCREENSHOTS}/import-mapping.png` })
  await wizard.getByRole('button', { name: 'Sprawdź plik (próbny import)' }).click()

  const counts = wizard.getByTestId('dry-run-counts')
  await expect(counts).toContainText('nowa osoba: 1')
  await expect(counts).toContainText('różni się od zapisanej: 1')
  await expect(counts).toContainText('błąd: 2')
  const table = wizard.getByRole('table', { name: 'Wynik próbnego importu' })
  await expect(table).toContainText('zapisane „ul. Stara 9, Zgierz” → w pliku „ul. Nowa 1, Zgierz”')
  await wizard.locator('label', { hasText: /^błąd \(2\)$/ }).click()
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table).toContainText('PESEL ma błędną cyfrę kontrolną')
  await expect(table).toContainText('Podaj nazwisko.')
  await page.screenshot({ path: `${SCREENSHOTS}/import-dry-run.png` })
  await wizard.locator('label', { hasText: /^Wszystkie/ }).click()
  await table.getByRole('checkbox', { name: 'Zaktualizuj' }).check()

  await wizard.getByRole('button', { name: 'Importuj…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Zapisać import?' })
  await expect(confirm).toContainText('Nowe osoby: 1')
  await expect(confirm).toContainText('Aktualizacje zaznaczonych osób: 1')
  await confirm.getByRole('button', { name: 'Importuj' }).click()
  const result = wizard.getByTestId('import-result')
  await expect(result).toContainText('Dodano: 1 osoba.')
  await expect(result).toContainText('Zaktualizowano: 1 osoba.')
  await expect(result).toContainText('Pominięte wiersze: 2.')
  await expect(result).toContainText('kis-przed-importem-')
  await page.screenshot({ path: `${SCREENSHOTS}/import-result.png` })

  await wizard.getByRole('button', { name: 'Pobierz raport pominiętych wierszy' }).click()
  await expect(page.getByText('Zapisano raport pominiętych wierszy')).toBeVisible()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(join(app.dir, 'rejestr-2024-pominiete-wiersze.xlsx'))
  const sheet = workbook.worksheets[0]!
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'Wiersz w pliku',
    'Powód pominięcia',
    'Lp.',
    'NAZWISKO',
    'Imie',
    'Pesel',
    'Adres',
    'Grupa docelowa',
    'Informacje dodatkowe',
  ])
  expect([sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value]).toEqual([6, 7])
  expect(String(sheet.getRow(2).getCell(2).value)).toContain('cyfrę kontrolną')
  expect(sheet.getRow(2).getCell(6).value).toBe(bad)

  await wizard.getByRole('button', { name: 'Zamknij', exact: true }).click()
  const list = page.getByRole('table', { name: 'Lista uczestników' })
  await expect(list.getByRole('row')).toHaveCount(3)
  await expect(list).toContainText('Żółw Zofia')

  // The same file again adds nothing; the mapping made by hand was remembered.
  await page.getByRole('button', { name: 'Importuj z Excela…' }).click()
  app.platform.answers.push(file)
  await wizard.getByRole('button', { name: 'Wybierz plik…' }).click()
  await wizard.getByRole('button', { name: 'Dalej' }).click()
  await expect(wizard.getByRole('combobox', { name: 'Uwagi', exact: true })).toHaveValue(
    'G: Informacje dodatkowe',
  )
  await wizard.getByRole('button', { name: 'Sprawdź plik (próbny import)' }).click()
  await expect(counts).toContainText('już jest (ta sama osoba): 2')
  await expect(counts).toContainText('nowa osoba: 0')
  await expect(wizard.getByRole('button', { name: 'Nic do zaimportowania' })).toBeDisabled()
})

test('refuses a file that is not a spreadsheet and a sheet without data rows, in Polish', async ({
  app,
  page,
}) => {
  await app.open('participants')
  const pdf = join(app.dir, 'skan.pdf')
  writeFileSync(pdf, '%PDF-1.7\n...')
  await page.getByRole('button', { name: 'Importuj z Excela…' }).click()
  const wizard = page.getByRole('dialog', { name: /Import z Excela/ })
  app.platform.answers.push(pdf)
  await wizard.getByRole('button', { name: 'Wybierz plik…' }).click()
  await expect(wizard.getByRole('alert')).toContainText('to dokument PDF, a nie arkusz')
  await expect(wizard.getByRole('alert')).toContainText('Nic nie zostało zapisane.')
  const csv = join(app.dir, 'pusty.csv')
  writeFileSync(csv, makeCsv([['Nazwisko', 'Imię']], { encoding: 'utf-8-bom', separator: ';' }))
  app.platform.answers.push(csv)
  await wizard.getByRole('button', { name: 'Wybierz plik…' }).click()
  await expect(wizard.getByRole('alert')).toContainText('ma tylko nagłówek (wiersz 1), bez wierszy z danymi')
  await page.screenshot({ path: `${SCREENSHOTS}/import-refused.png` })
})

test('imports PSU people with their assignments from the PUP list', async ({ app, page }) => {
  const psu = createPsu(app.database.db, () => new Date())
  const school = await psu.workplace({ name: 'Szkoła Podstawowa nr 2' })
  await psu.position(school.id, 3, 'osoba sprzątająca')
  await psu.porozumienie({ number: 'PSU/1/2026' })
  const file = join(app.dir, 'skierowani.csv')
  writeFileSync(
    file,
    makeCsv(
      [
        [...PSU_HEADERS, 'Grupa'],
        psuRow(
          ['Gęślak', 'Żaneta', makePesel('1980-02-02', 'K', 1)],
          ['SK/1', '02.01.2026'],
          ['Szkoła Podstawowa nr 2', 'osoba sprzątająca', 'PSU/1/2026'],
          ['05.01.2026', '31.03.2026'],
        ),
        psuRow(
          ['Lis', 'Jan', makePesel('1975-05-05', 'M', 2)],
          ['SK/2', '02.01.2026'],
          ['Biblioteka', 'goniec', 'PSU/1/2026'],
          ['05.01.2026', '31.03.2026'],
        ),
      ],
      { encoding: 'windows-1250', separator: ',' },
    ),
  )
  await app.open('psu')
  await page.getByRole('tab', { name: 'Przydziały' }).click()
  await page.getByRole('button', { name: 'Importuj z Excela…' }).click()
  const wizard = page.getByRole('dialog', { name: /osoby skierowane do PSU/ })
  app.platform.answers.push(file)
  await wizard.getByRole('button', { name: 'Wybierz plik…' }).click()
  await expect(wizard.getByTestId('import-file-info')).toContainText(
    'kodowanie: Windows-1250, separator: przecinek',
  )
  await wizard.getByRole('button', { name: 'Dalej' }).click()
  await wizard.getByRole('button', { name: 'Sprawdź plik (próbny import)' }).click()
  const table = wizard.getByRole('table', { name: 'Wynik próbnego importu' })
  await expect(table).toContainText('Nie ma miejsca pracy „Biblioteka”')
  await page.screenshot({ path: `${SCREENSHOTS}/import-psu-dry-run.png` })
  await wizard.getByRole('button', { name: 'Importuj…' }).click()
  await page
    .getByRole('dialog', { name: 'Zapisać import?' })
    .getByRole('button', { name: 'Importuj' })
    .click()
  await expect(wizard.getByTestId('import-result')).toContainText('Dodano przydziałów PSU: 1.')
  await wizard.getByRole('button', { name: 'Zamknij', exact: true }).click()
  await expect(page.getByRole('table', { name: 'Przydziały' })).toContainText('Gęślak Żaneta')
})
