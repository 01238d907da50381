import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { test, expect } from './support/app'
import { makePesel } from '../support/pesel-factory'
import type { Page } from '@playwright/test'

test.beforeEach(async ({ app }) => {
  await app.open('participants')
})

const SCREENSHOTS = 'test-results/screenshots'

async function addParticipant(page: Page, p: { first: string; last: string; pesel: string; group: RegExp }) {
  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nowy uczestnik' })
  await expect(dialog.getByRole('textbox', { name: 'Imię' })).toBeFocused()
  await dialog.getByRole('textbox', { name: 'Imię' }).fill(p.first)
  await dialog.getByRole('textbox', { name: 'Nazwisko' }).fill(p.last)
  await dialog.getByRole('textbox', { name: 'PESEL' }).fill(p.pesel)
  await dialog.getByRole('checkbox', { name: p.group }).check()
  await dialog.getByRole('button', { name: 'Zapisz' }).click()
  await expect(dialog).toBeHidden()
}

test('registers participants, refuses a bad PESEL, finds them without diacritics and keeps them after a restart', async ({
  app,
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await expect(page.getByRole('heading', { name: 'Uczestnicy' })).toBeVisible()
  await expect(page.getByText('Brak uczestników spełniających kryteria.')).toBeVisible()

  // A PESEL with a wrong check digit is refused on the form, in Polish.
  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nowy uczestnik' })
  await dialog.getByRole('textbox', { name: 'Imię' }).fill('Zofia')
  await dialog.getByRole('textbox', { name: 'Nazwisko' }).fill('Żółw')
  const good = makePesel('1985-07-14', 'K')
  const bad = good.slice(0, 10) + String((Number(good[10]) + 1) % 10)
  await dialog.getByRole('textbox', { name: 'PESEL' }).fill(bad)
  await dialog.getByRole('button', { name: 'Zapisz' }).click()
  await expect(dialog.getByText('PESEL ma błędną cyfrę kontrolną')).toBeVisible()
  await expect(dialog.getByText('Zaznacz co najmniej jedną grupę docelową')).toBeVisible()

  // Corrected, the birth date and sex come from the PESEL.
  await dialog.getByRole('textbox', { name: 'PESEL' }).fill(good)
  await expect(dialog.getByTestId('pesel-derived')).toHaveText('14.07.1985 · kobieta')
  await dialog.getByRole('checkbox', { name: /długotrwale bezrobotna/ }).check()
  await page.screenshot({ path: `${SCREENSHOTS}/participant-form.png` })
  await dialog.getByRole('button', { name: 'Zapisz' }).click()
  await expect(dialog).toBeHidden()

  await addParticipant(page, {
    first: 'Łucja',
    last: 'Łódź',
    pesel: makePesel('2001-02-03', 'K', 456),
    group: /z niepełnosprawnością/,
  })
  await addParticipant(page, {
    first: 'Jan',
    last: 'Kowalski',
    pesel: makePesel('1970-11-30', 'M', 789),
    group: /długotrwale bezrobotna/,
  })
  const list = page.getByRole('table', { name: 'Lista uczestników' })
  await expect(list.getByRole('row')).toHaveCount(4)
  // Sorted by folded surname: Kowalski, Łódź (beside L), Żółw (beside Z).
  await expect(list.getByRole('row').nth(1)).toContainText('Kowalski Jan')
  await expect(list.getByRole('row').nth(2)).toContainText('Łódź Łucja')
  await expect(list.getByRole('row').nth(3)).toContainText('Żółw Zofia')
  await page.screenshot({ path: `${SCREENSHOTS}/participants-list.png` })

  const search = page.getByRole('textbox', { name: 'Szukaj' })
  await search.fill('zolw')
  await expect(list.getByRole('row')).toHaveCount(2)
  await expect(list).toContainText('Żółw Zofia')
  await search.fill('LODZ')
  await expect(list.getByRole('row')).toHaveCount(2)
  await expect(list).toContainText('Łódź Łucja')
  await search.fill(good.slice(0, 6))
  await expect(list.getByRole('row')).toHaveCount(2)
  await expect(list).toContainText('Żółw Zofia')

  await search.fill('')
  await page.getByRole('combobox', { name: 'Grupa docelowa' }).click()
  await page.getByRole('option', { name: 'z niepełnosprawnością' }).click()
  await expect(list.getByRole('row')).toHaveCount(2)
  await expect(list).toContainText('Łódź Łucja')

  // A "restart": the database is closed and reopened from its file and the page reloaded.
  await app.restart()
  await expect(page.getByTestId('participants-count')).toHaveText('Znaleziono: 3')
  await expect(page.getByRole('table', { name: 'Lista uczestników' })).toContainText('Łódź Łucja')
})

test('refuses a duplicate PESEL naming the existing record, and blocks an excluded person', async ({
  page,
}) => {
  const pesel = makePesel('1990-05-06', 'M')
  await addParticipant(page, { first: 'Piotr', last: 'Nowak', pesel, group: /długotrwale bezrobotna/ })

  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nowy uczestnik' })
  await dialog.getByRole('textbox', { name: 'Imię' }).fill('Paweł')
  await dialog.getByRole('textbox', { name: 'Nazwisko' }).fill('Nowakowski')
  await dialog.getByRole('textbox', { name: 'PESEL' }).fill(pesel)
  await dialog.getByRole('checkbox', { name: /długotrwale bezrobotna/ }).check()
  await dialog.getByRole('checkbox', { name: 'ma prawo do emerytury' }).check()
  await expect(dialog.getByText('Osoba nie może zostać przyjęta do KIS')).toBeVisible()
  await dialog.getByRole('button', { name: 'Zapisz' }).click()
  await expect(dialog.getByText(/wyklucza to udział w KIS/).first()).toBeVisible()

  await dialog.getByRole('checkbox', { name: 'ma prawo do emerytury' }).uncheck()
  await dialog.getByRole('button', { name: 'Zapisz' }).click()
  await expect(dialog.getByText(/Ten PESEL jest już w rejestrze: Piotr Nowak/).first()).toBeVisible()
  await expect(page.getByTestId('participants-count')).toHaveText('Znaleziono: 1')
})

test('warns about unsaved changes, archives after confirmation and hides the archived person', async ({
  page,
}) => {
  await addParticipant(page, {
    first: 'Anna',
    last: 'Wiśniewska',
    pesel: makePesel('1980-01-15', 'K'),
    group: /długotrwale bezrobotna/,
  })
  await page.getByRole('row', { name: /Wiśniewska Anna/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Dane uczestnika' })
  await dialog.getByRole('textbox', { name: 'Telefon' }).fill('600 100 200')
  await page.keyboard.press('Escape')
  const confirm = page.getByRole('dialog', { name: 'Niezapisane zmiany' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Wróć do formularza' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Telefon' })).toHaveValue('600 100 200')
  await dialog.getByRole('button', { name: 'Zapisz' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('row', { name: /Wiśniewska Anna/ }).click()
  await expect(
    page.getByRole('dialog', { name: 'Dane uczestnika' }).getByRole('textbox', { name: 'Telefon' }),
  ).toHaveValue('600 100 200')
  await page.getByRole('button', { name: 'Archiwizuj' }).click()
  await page
    .getByRole('dialog', { name: 'Archiwizacja uczestnika' })
    .getByRole('button', { name: 'Archiwizuj' })
    .click()
  await expect(page.getByText('Brak uczestników spełniających kryteria.')).toBeVisible()
  await page.getByRole('combobox', { name: 'Status' }).click()
  await page.getByRole('option', { name: 'Archiwum', exact: true }).click()
  await expect(page.getByRole('table', { name: 'Lista uczestników' })).toContainText('Wiśniewska Anna')
})

test('exports the filtered list to XLSX and CSV with the rows the screen shows', async ({ app, page }) => {
  await addParticipant(page, {
    first: 'Jan',
    last: 'Kowalski',
    pesel: makePesel('1970-11-30', 'M', 1),
    group: /długotrwale/,
  })
  await addParticipant(page, {
    first: 'Łucja',
    last: 'Łódź',
    pesel: makePesel('2001-02-03', 'K', 2),
    group: /długotrwale/,
  })
  await addParticipant(page, {
    first: 'Ewa',
    last: '=Nowak',
    pesel: makePesel('1990-05-06', 'K', 3),
    group: /długotrwale/,
  })
  await page.getByRole('textbox', { name: 'Szukaj' }).fill('o')
  const list = page.getByRole('table', { name: 'Lista uczestników' })
  await expect(list.getByRole('row')).toHaveCount(4)
  await page.getByRole('textbox', { name: 'Szukaj' }).fill('lodz')
  await expect(list.getByRole('row')).toHaveCount(2)

  const xlsxPath = join(app.dir, 'lista.xlsx')
  app.platform.answers.push(xlsxPath)
  await page.getByRole('button', { name: 'Eksport XLSX' }).click()
  await expect(page.getByText('Wyeksportowano 1 wiersz')).toBeVisible()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(xlsxPath)
  const sheet = workbook.getWorksheet('Uczestnicy')!
  expect(sheet.rowCount).toBe(2)
  expect(sheet.getRow(1).getCell(1).value).toBe('Nazwisko')
  expect(sheet.getRow(2).getCell(1).value).toBe('Łódź')
  expect(sheet.getRow(2).getCell(5).value).toBe('03.02.2001')

  await page.getByRole('textbox', { name: 'Szukaj' }).fill('')
  await expect(list.getByRole('row')).toHaveCount(4)
  const csvPath = join(app.dir, 'lista.csv')
  app.platform.answers.push(csvPath)
  await page.getByRole('button', { name: 'Eksport CSV' }).click()
  await expect(page.getByText('Wyeksportowano 3 wiersze')).toBeVisible()
  const csv = readFileSync(csvPath, 'utf8')
  expect(csv.startsWith('\uFEFFNazwisko;Imię;PESEL')).toBe(true)
  const lines = csv.trim().split('\r\n')
  expect(lines).toHaveLength(4)
  // Sorted as on screen; a leading "=" is neutralised so Excel never runs it as a formula.
  expect(lines[1]).toMatch(/^"'=Nowak";Ewa;/)
  expect(lines[2]).toMatch(/^Kowalski;Jan;/)
  expect(lines[3]).toMatch(/^Łódź;Łucja;/)
})
