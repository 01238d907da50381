import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './support/app'
import { addParticipant } from '../support/backup-data'
import { sha256OfFile } from '../support/temp-database'
import { createVerifiedBackup } from '../../src/main/backup/verified-copy'

const SCREENSHOTS = 'test-results/screenshots'

async function open(page: Page, section: 'Uczestnicy' | 'Kopie zapasowe') {
  await page.getByRole('navigation', { name: 'Nawigacja' }).getByText(section, { exact: true }).click()
}

async function expectParticipants(page: Page, names: string[]) {
  await open(page, 'Uczestnicy')
  const list = page.getByRole('table', { name: 'Lista uczestników' })
  await expect(page.getByTestId('participants-count')).toHaveText(`Znaleziono: ${names.length}`)
  for (const name of names) await expect(list).toContainText(name)
}

test('makes a verified backup, restores it over newer data, and "Cofnij przywracanie" brings the newer data back', async ({
  app,
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await addParticipant(app.database.db, 'Przedkopiowa', 'Alicja')
  await page.reload()

  // No backup yet: the warning shows on every screen.
  await expect(page.getByTestId('backup-warning')).toContainText('Nie ma jeszcze żadnej sprawdzonej kopii')
  await open(page, 'Kopie zapasowe')
  await expect(page.getByRole('heading', { name: 'Kopie zapasowe' })).toBeVisible()
  await expect(page.getByTestId('db-path')).toHaveText(app.dbFile)
  await expect(page.getByTestId('last-good-backup')).toHaveText('Ostatnia sprawdzona kopia: brak')

  app.platform.answers.push(join(app.dir, 'kopie'))
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click()
  const list = page.getByRole('table', { name: 'Lista kopii zapasowych' })
  await expect(list.getByRole('row')).toHaveCount(2)
  const row = list.getByRole('row').nth(1)
  await expect(row).toContainText('ręczna')
  await expect(row.getByText('tak', { exact: true })).toBeVisible()
  await expect(row).toContainText(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/)
  await expect(page.getByTestId('last-good-backup')).toContainText('(dziś)')
  await expect(page.getByTestId('backup-warning')).toBeHidden()
  await page.getByRole('button', { name: 'Pokaż w folderze' }).click()
  expect(app.platform.shown).toEqual([app.dbFile])
  await page.screenshot({ path: `${SCREENSHOTS}/backup-screen.png`, fullPage: true, animations: 'disabled' })

  // New data after the backup.
  await addParticipant(app.database.db, 'Pokopiowa', 'Beata')
  await expectParticipants(page, ['Przedkopiowa Alicja', 'Pokopiowa Beata'])

  await open(page, 'Kopie zapasowe')
  await list.getByRole('row').nth(1).getByRole('button', { name: 'Przywróć' }).click()
  const confirm = page.getByRole('dialog', { name: 'Przywrócić kopię?' })
  await expect(confirm).toContainText('Obecna baza zostanie najpierw zapisana jako kopia bezpieczeństwa')
  await page.screenshot({ path: `${SCREENSHOTS}/backup-restore-confirm.png`, animations: 'disabled' })
  await confirm.getByRole('button', { name: 'Przywróć' }).click()
  await expect(page.getByTestId('undo-restore')).toContainText('przywrócono dane z pliku kis-reczna-')
  // The safety copy made before restoring is listed too.
  await expect(list).toContainText('przed przywróceniem')
  await page.screenshot({
    path: `${SCREENSHOTS}/backup-restored.png`,
    fullPage: true,
    animations: 'disabled',
  })
  await expectParticipants(page, ['Przedkopiowa Alicja'])

  await open(page, 'Kopie zapasowe')
  await page.getByRole('button', { name: 'Cofnij przywracanie' }).click()
  await page
    .getByRole('dialog', { name: 'Cofnąć przywracanie?' })
    .getByRole('button', { name: 'Cofnij przywracanie' })
    .click()
  await expect(page.getByTestId('undo-restore')).toBeHidden()
  await expectParticipants(page, ['Przedkopiowa Alicja', 'Pokopiowa Beata'])
})

test('refuses a bad file with a Polish message naming the failed check, and the database stays byte-identical', async ({
  app,
  page,
}) => {
  await addParticipant(app.database.db, 'Nowak', 'Ewa')
  const before = sha256OfFile(app.dbFile)
  await open(page, 'Kopie zapasowe')

  const text = join(app.dir, 'uczestnicy.csv')
  writeFileSync(text, 'Nazwisko;Imię\nNowak;Ewa\n')
  app.platform.answers.push(text)
  await page.getByRole('button', { name: 'Przywróć z pliku…' }).click()
  const refusal = page.getByRole('alert').filter({ hasText: 'Nie można przywrócić tego pliku' })
  await expect(refusal).toContainText(
    'Plik „uczestnicy.csv” nie jest bazą danych SQLite — wygląda na plik tekstowy. Bieżąca baza nie została zmieniona.',
  )
  await page.screenshot({ path: `${SCREENSHOTS}/backup-refused.png`, animations: 'disabled' })

  app.platform.answers.push(join(app.dir, 'nie-ma-takiego.sqlite'))
  await page.getByRole('button', { name: 'Przywróć z pliku…' }).click()
  await expect(refusal).toContainText('Nie ma pliku „nie-ma-takiego.sqlite”')

  expect(sha256OfFile(app.dbFile)).toBe(before)
  await expectParticipants(page, ['Nowak Ewa'])
})

test('warns when the newest backup is stamped in the future and when the database sits in a synced folder', async ({
  app,
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  // A backup made while the clock ran a month ahead.
  const future = new Date(Date.now() + 30 * 24 * 3600 * 1000)
  await createVerifiedBackup(app.database.sqlite, {
    dbFile: app.dbFile,
    folder: join(app.dir, 'kopie'),
    kind: 'automatyczna',
    at: future,
  })
  process.env.OneDrive = app.dir
  try {
    await page.reload()
    await expect(page.getByTestId('backup-warning')).toContainText('Najnowsza kopia ma datę z przyszłości')
    await open(page, 'Kopie zapasowe')
    await expect(page.getByTestId('location-warning')).toContainText('folderze synchronizowanym z chmurą')
    await expect(page.getByTestId('last-good-backup')).toHaveText('Ostatnia sprawdzona kopia: brak')
    await page.screenshot({
      path: `${SCREENSHOTS}/backup-warnings.png`,
      fullPage: true,
      animations: 'disabled',
    })
  } finally {
    delete process.env.OneDrive
  }
})

test('the daily backup started after the window shows reports its progress on every screen, not only on Kopie zapasowe', async ({
  app,
  page,
}) => {
  await open(page, 'Uczestnicy')
  // A write holding the file keeps the copy waiting (the worker waits for it as the app would), so the
  // progress is on screen long enough to be seen.
  app.database.sqlite.exec('BEGIN EXCLUSIVE')
  const daily = app.dailyBackup()
  const status = page.getByTestId('app-backup-progress')
  try {
    await expect(status).toContainText('Kopia zapasowa: tworzenie i sprawdzanie kopii… 0%')
  } finally {
    app.database.sqlite.exec('ROLLBACK')
  }
  await daily
  await expect(status).toBeHidden()
  // The warning about a missing backup reads the news without a reload.
  await expect(page.getByTestId('backup-warning')).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Uczestnicy' })).toBeVisible()
})
