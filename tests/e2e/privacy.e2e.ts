// Personal data (RODO) in the real renderer: the screen lock, the person export (its real PDF) and
// the audit log screen.
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './support/app'
import { buildReportDataset } from '../support/report-fixtures'
import { isA4, pdfInfo, pdfText, pdfToPng } from '../support/pdf'

const SHOTS = 'test-results/screenshots'

test('locks the screen: the app unmounts, wrong passwords wait longer, the password unlocks, and start asks again', async ({
  app,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  await buildReportDataset(app.database.db)
  await app.open('participants')
  await expect(page.getByRole('row', { name: /Kowalska Anna/ })).toBeVisible()

  await app.open('privacy')
  await page.getByRole('tab', { name: 'Blokada ekranu' }).click()
  await expect(page.getByTestId('lock-state')).toHaveText('wyłączona')
  await page.getByLabel('Hasło', { exact: true }).fill('krotkie')
  await page.getByLabel('Powtórz hasło').fill('krotkie')
  await page.getByRole('button', { name: 'Ustaw hasło' }).click()
  await expect(page.getByText('Hasło musi mieć co najmniej 8 znaków.')).toBeVisible()
  await page.getByLabel('Hasło', { exact: true }).fill('Bezpieczne-Haslo-1')
  await page.getByLabel('Powtórz hasło').fill('Bezpieczne-Haslo-1')
  await page.getByRole('button', { name: 'Ustaw hasło' }).click()

  const codeDialog = page.getByRole('dialog', { name: 'Kod odzyskiwania hasła' })
  const code = (await codeDialog.getByTestId('recovery-code').textContent())!.trim()
  expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/)
  await expect(codeDialog.getByRole('button', { name: 'Gotowe' })).toBeDisabled()
  await codeDialog.getByRole('button', { name: 'Drukuj kod' }).click()
  await expect.poll(() => app.platform.printed.length).toBe(1)
  expect(app.platform.printed[0]).toContain(code)
  await page.screenshot({ path: `${SHOTS}/lock-recovery-code.png` })
  await codeDialog.getByRole('checkbox').check()
  await codeDialog.getByRole('button', { name: 'Gotowe' }).click()
  await expect(page.getByTestId('lock-state')).toHaveText('włączona')

  await page.getByRole('button', { name: 'Zablokuj teraz' }).click()
  await expect(page.getByRole('heading', { name: 'Program jest zablokowany' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Nawigacja' })).toHaveCount(0)
  expect(await page.content()).not.toContain('Kowalska')
  // Main refuses data even if the page asks directly.
  const direct = await page.evaluate(() => window.api.participants.list({}))
  expect(direct).toMatchObject({ ok: false, error: { code: 'LOCKED' } })

  await page.getByLabel('Hasło').fill('zle-haslo')
  await page.getByRole('button', { name: 'Odblokuj' }).click()
  await expect(page.getByText('Nieprawidłowe hasło. Następna próba możliwa za 1 s.')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/lock-screen.png` })
  await page.waitForTimeout(1100)
  await page.getByLabel('Hasło').fill('zle-haslo-2')
  await page.getByRole('button', { name: 'Odblokuj' }).click()
  await expect(page.getByText('Następna próba możliwa za 2 s.')).toBeVisible()
  await page.getByLabel('Hasło').fill('Bezpieczne-Haslo-1')
  await page.getByRole('button', { name: 'Odblokuj' }).click()
  await expect(page.getByText(/Zbyt wiele nieudanych prób/)).toBeVisible()
  await page.waitForTimeout(2100)
  await page.getByLabel('Hasło').fill('Bezpieczne-Haslo-1')
  await page.getByRole('button', { name: 'Odblokuj' }).click()
  await expect(page.getByRole('navigation', { name: 'Nawigacja' })).toBeVisible()

  // A new start of the app asks for the password; the recovery code resets it and keeps the data.
  await app.restart()
  await expect(page.getByRole('heading', { name: 'Program jest zablokowany' })).toBeVisible()
  await page.getByRole('button', { name: 'Nie pamiętam hasła' }).click()
  await page.getByLabel('Kod odzyskiwania').fill(code.toLowerCase().replace(/-/g, ' '))
  await page.getByLabel('Nowe hasło').fill('Nowe-Haslo-Osrodka')
  await page.getByRole('button', { name: 'Ustaw nowe hasło' }).click()
  const renewed = page.getByRole('dialog', { name: 'Kod odzyskiwania hasła' })
  await expect(renewed.getByTestId('recovery-code')).not.toHaveText(code)
  await renewed.getByRole('checkbox').check()
  await renewed.getByRole('button', { name: 'Gotowe' }).click()
  await app.open('participants')
  await expect(page.getByRole('row', { name: /Kowalska Anna/ })).toBeVisible()
})

test('exports everything held on a person into a folder, and the audit log screen shows it', async ({
  app,
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  const { people } = await buildReportDataset(app.database.db)
  const id = people.edward
  const target = join(app.dir, 'wydane')
  mkdirSync(target)
  app.platform.answers.push(target)

  await app.open('participants')
  await page
    .getByRole('row', { name: /Kamiński Edward/ })
    .getByRole('button', { name: 'Przebieg' })
    .click()
  const person = page.getByRole('dialog', { name: /Kamiński Edward — przebieg w KIS/ })
  await person.getByRole('button', { name: 'Dane osoby (RODO)…' }).click()
  await expect(page.getByText('Zapisano dane osoby (PDF, JSON, XLSX)')).toBeVisible()

  const [folder] = readdirSync(target)
  expect(folder).toMatch(new RegExp(`^dane-osoby-${id}-\\d{4}-\\d{2}-\\d{2}$`))
  const pdf = join(target, folder!, `dane-osoby-${id}.pdf`)
  const info = pdfInfo(pdf)
  expect(isA4(info.pageSize)).toBe(true)
  expect(info.fonts).toContain('NotoSans')
  const text = pdfText(pdf)
  for (const expected of [
    'Informacja o przetwarzanych danych osobowych',
    'Kamiński',
    'Uczestnictwo w KIS',
    'Kontrakty socjalne',
    'Przydziały do prac społecznie użytecznych',
    'Wypłaty świadczenia PSU',
    'Karty ewidencji godzin PSU',
    'strona 1 z',
  ]) {
    expect(text).toContain(expected)
  }
  pdfToPng(pdf, `${SHOTS}/dane-osoby`)
  expect(readdirSync(join(target, folder!)).sort()).toEqual([
    `dane-osoby-${id}.json`,
    `dane-osoby-${id}.pdf`,
    `dane-osoby-${id}.xlsx`,
  ])

  await person.getByRole('button', { name: 'Zamknij' }).click()
  await app.open('privacy')
  const log = page.getByRole('table', { name: 'Rejestr czynności' })
  await expect(log.getByRole('row', { name: /wydanie danych osoby/ })).toContainText(String(id))
  await page.getByRole('combobox', { name: 'Czynność' }).click()
  await page.getByRole('option', { name: 'zapis PDF' }).click()
  await expect(page.getByTestId('audit-count')).toHaveText('Wpisów: 0')
  await page.getByRole('combobox', { name: 'Czynność' }).click()
  await page.getByRole('option', { name: 'wydanie danych osoby (art. 15/20)' }).click()
  await expect(page.getByTestId('audit-count')).toHaveText('Wpisów: 1')
  await page.screenshot({ path: `${SHOTS}/audit-log.png` })

  await page.getByRole('tab', { name: 'Przechowywanie i anonimizacja' }).click()
  await expect(page.getByText('do uzgodnienia z JRWA ośrodka').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/retention.png`, fullPage: true })
})
