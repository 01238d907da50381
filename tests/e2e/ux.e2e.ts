// The coordinator's typed work is never lost and every screen works on a small office monitor: each
// behaviour of issue 18 at 1024×768 and at 1280×860, with a screenshot of each to look at.
import { mkdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { test, expect, type AppUnderTest } from './support/app'
import { registerPerson } from './support/people'
import { makePesel } from '../support/pesel-factory'
import {
  addAssignment,
  addPorozumienie,
  addPosition,
  addSheet,
  setSheetStatus,
} from '../support/payout-fixtures'
import { formatDate, todayIso } from '../../src/shared/dates'
import { addMonthsClamped } from '../../src/shared/kis-periods'
import { formatMonth } from '../../src/shared/psu-calendar'

const SCREENSHOTS = 'test-results/screenshots/ux'
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 860 },
] as const

let serial = 0

function addPerson(page: Page, lastName: string, firstName = 'Anna'): Promise<number> {
  serial += 1
  return registerPerson(page, {
    firstName,
    lastName,
    pesel: makePesel('1982-05-14', 'K', serial),
    admissionDate: '2025-01-02',
  })
}

async function addWorker(page: Page): Promise<number> {
  const result = await page.evaluate(() =>
    window.api.staff.create({
      fullName: 'Maria Nowak',
      position: 'pracownik socjalny',
      phone: '',
      active: true,
    }),
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.data.id
}

async function openParticipation(
  page: Page,
  participantId: number,
  referringWorkerId: number,
  startDate: string,
) {
  const result = await page.evaluate(
    (input) =>
      window.api.participations.open({
        ...input,
        referralKind: 'ops',
        pupReferralNumber: '',
        pupReferralDate: '',
        targetGroups: ['dlugotrwale_bezrobotni'],
        otherGroupReason: '',
        notes: '',
      }),
    { participantId, referringWorkerId, startDate },
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.data.id
}

async function goTo(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Nawigacja' }).getByText(section, { exact: true }).click()
}

/** Closes the notifications (they pause under the mouse) so a screenshot shows the screen. */
async function clearNotifications(page: Page) {
  await page.mouse.move(600, 5)
  for (const button of await page.locator('.mantine-Notification-closeButton').all()) {
    await button.dispatchEvent('click').catch(() => undefined)
  }
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0)
}

async function shot(page: Page, name: string, viewport: { width: number }) {
  // Dialogs fade in for 200 ms: the picture shows them settled.
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-${viewport.width}.png` })
}

/** Nothing of the page sticks out to the right of the window. */
async function expectNoSidewaysOverflow(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  expect(scroll).toBeLessThanOrEqual(width)
}

async function expectInsideWindow(page: Page, element: Locator) {
  const box = (await element.boundingBox())!
  const viewport = page.viewportSize()!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** A PSU month with one open sheet this month: Żądło Łucja, goniec doręczyciel. */
async function psuMonth(app: AppUnderTest, page: Page) {
  const db = app.database.db
  const month = todayIso().slice(0, 7)
  const porozumienieId = await addPorozumienie(db, {
    number: 'PSU/2/2026',
    signedOn: '2025-07-01',
    periodFrom: '2025-06-01',
    periodTo: '2035-12-31',
    rates: [{ validFrom: '2025-06-01', rateGr: 1537 }],
  })
  const position = await addPosition(db, 'Urząd Miejski w Zgierzu', 'goniec doręczyciel')
  const person = await addPerson(page, 'Żądło', 'Łucja')
  const assignmentId = await addAssignment(db, {
    participantId: person,
    positionId: position,
    porozumienieId,
    from: `${month}-01`,
    to: '2035-12-31',
  })
  const sheetId = await addSheet(db, assignmentId, month, {})
  return { month, porozumienieId, assignmentId, sheetId, person }
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })
    test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }))

    test('Esc in a dialog opened from Przebieg closes only that dialog; Esc in a date picker only the picker', async ({
      page,
    }) => {
      const worker = await addWorker(page)
      const id = await addPerson(page, 'Źrebiec', 'Olga')
      await openParticipation(page, id, worker, addMonthsClamped(todayIso(), -2))
      await goTo(page, 'Uczestnicy')
      await page
        .getByRole('row', { name: /Źrebiec Olga/ })
        .getByRole('button', { name: 'Przebieg' })
        .click()
      const person = page.getByRole('dialog', { name: /Źrebiec Olga — przebieg w KIS/ })

      // Dodaj wsparcie: the date picker opens with the focus; the first Esc closes it, the second the dialog.
      await person.getByRole('tab', { name: 'Wsparcie' }).click()
      await person.getByRole('button', { name: 'Dodaj wsparcie' }).click()
      const support = page.getByRole('dialog', { name: 'Wsparcie i efekty' })
      await support.getByRole('textbox', { name: 'Data' }).first().click()
      const calendar = page.locator('.mantine-DateInput-dropdown, .mantine-Popover-dropdown').last()
      await expect(calendar).toBeVisible()
      await shot(page, 'date-picker-open', viewport)
      await page.keyboard.press('Escape')
      await expect(calendar).toBeHidden()
      await expect(support).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(support).toBeHidden()
      await expect(person).toBeVisible()

      // Nowy kontrakt: typed text asks before Esc drops it; the person's view stays open behind.
      await person.getByRole('tab', { name: 'Kontrakt socjalny' }).click()
      await person.getByRole('button', { name: 'Nowy kontrakt socjalny' }).click()
      const kontrakt = page.getByRole('dialog', { name: /Nowy kontrakt socjalny/ })
      await kontrakt.getByRole('textbox', { name: 'Cel główny' }).fill('Powrót na rynek pracy')
      // A newly added goal gets the cursor.
      await kontrakt.getByRole('button', { name: 'Dodaj cel' }).click()
      await expect(kontrakt.getByRole('textbox', { name: 'Cel szczegółowy 2' })).toBeFocused()
      await kontrakt.getByRole('button', { name: 'Dodaj działanie osoby' }).click()
      await expect(kontrakt.getByRole('textbox', { name: 'Opis — działanie osoby 2' })).toBeFocused()
      await page.keyboard.press('Escape')
      const unsaved = page.getByRole('dialog', { name: 'Niezapisane zmiany' })
      await expect(unsaved).toContainText('Masz niezapisane zmiany.')
      await shot(page, 'unsaved-question', viewport)
      await unsaved.getByRole('button', { name: 'Wróć do formularza' }).click()
      // Esc reaches a Mantine modal only through its focused content: wait until the question has
      // gone and the cursor is back where it was, or the key lands on the closing question.
      await expect(unsaved).toBeHidden()
      await expect(kontrakt.getByRole('textbox', { name: 'Opis — działanie osoby 2' })).toBeFocused()
      await expect(kontrakt.getByRole('textbox', { name: 'Cel główny' })).toHaveValue('Powrót na rynek pracy')
      await page.keyboard.press('Escape')
      await page
        .getByRole('dialog', { name: 'Niezapisane zmiany' })
        .getByRole('button', { name: 'Zamknij bez zapisu' })
        .click()
      await expect(kontrakt).toBeHidden()
      await expect(person).toBeVisible()

      // Otwarcie uczestnictwa for a person without one: Esc closes the picker, then the form, not the view.
      await person.getByRole('tab', { name: 'Uczestnictwo' }).click()
      await expect(person.getByRole('button', { name: 'Otwórz uczestnictwo' })).toBeDisabled()
      await page.keyboard.press('Escape')
      await expect(person).toBeHidden()
    })

    test('a date that does not exist is refused with its reason, and nothing is saved', async ({
      page,
      app,
    }) => {
      const worker = await addWorker(page)
      await addPerson(page, 'Ćwik', 'Piotr')
      await goTo(page, 'Uczestnicy')
      await page
        .getByRole('row', { name: /Ćwik Piotr/ })
        .getByRole('button', { name: 'Przebieg' })
        .click()
      const person = page.getByRole('dialog', { name: /Ćwik Piotr — przebieg w KIS/ })
      await person.getByRole('tab', { name: 'Uczestnictwo' }).click()
      await person.getByRole('button', { name: 'Otwórz uczestnictwo' }).click()
      const opening = page.getByRole('dialog', { name: 'Otwarcie uczestnictwa w KIS' })
      const start = opening.getByRole('textbox', { name: 'Data rozpoczęcia' })
      await start.fill('31.02.2026')
      await start.press('Tab')
      await expect(start).toHaveValue('31.02.2026')
      await expect(opening.getByText('Nie ma takiej daty: 31.02.2026 — luty 2026 ma 28 dni.')).toBeVisible()
      await opening.getByRole('combobox', { name: 'Pracownik socjalny kierujący' }).click()
      await page.getByRole('option', { name: /Maria Nowak/ }).click()
      await opening.getByRole('button', { name: 'Otwórz uczestnictwo' }).click()
      const toast = page.getByText('Popraw datę, której nie ma w kalendarzu — zapis wstrzymany.')
      await expect(toast).toBeVisible()
      // The toast sits apart from the dialog's buttons and its close button.
      const toastBox = (await page.locator('.mantine-Notification-root').first().boundingBox())!
      for (const button of await opening.getByRole('button').all()) {
        const box = await button.boundingBox()
        if (box) expect(overlaps(toastBox, box), await button.innerText()).toBe(false)
      }
      await shot(page, 'bad-date-refused', viewport)
      expect(app.database.sqlite.prepare('SELECT count(*) FROM participations').pluck().get()).toBe(0)
      await start.fill(formatDate(todayIso()))
      await start.press('Tab')
      await expect(opening.getByText(/Nie ma takiej daty/)).toBeHidden()
      await opening.getByRole('button', { name: 'Otwórz uczestnictwo' }).click()
      await expect(opening).toBeHidden()
      expect(worker).toBeGreaterThan(0)
      expect(app.database.sqlite.prepare('SELECT count(*) FROM participations').pluck().get()).toBe(1)
    })

    test('"Nowy przydział" and "Nowe porozumienie" ask before "Anuluj" drops typed values; searchable selects take the only match on Enter', async ({
      page,
      app,
    }) => {
      await psuMonth(app, page)
      await goTo(page, 'PSU')
      await page.getByRole('tab', { name: 'Przydziały' }).click()
      await page.getByRole('button', { name: 'Dodaj przydział' }).click()
      const assignment = page.getByRole('dialog', { name: /Nowy przydział/ })
      const who = assignment.getByRole('combobox', { name: 'Uczestnik' })
      await who.fill('Żądł')
      await expect(page.getByRole('option', { name: /Żądło Łucja/ })).toBeVisible()
      await who.press('Enter')
      await expect(who).toHaveValue(/Żądło Łucja/)
      const position = assignment.getByRole('combobox', { name: 'Stanowisko' })
      await position.pressSequentially('gonie', { delay: 30 })
      await position.press('Enter')
      await expect(position).toHaveValue(/goniec doręczyciel/)
      await assignment.getByRole('textbox', { name: 'Nr skierowania z PUP' }).fill('CAZ/12/2026')
      await assignment.getByRole('button', { name: 'Anuluj' }).click()
      const unsaved = page.getByRole('dialog', { name: 'Niezapisane zmiany' })
      await expect(unsaved).toBeVisible()
      await shot(page, 'assignment-cancel-asks', viewport)
      await unsaved.getByRole('button', { name: 'Zamknij bez zapisu' }).click()
      await expect(assignment).toBeHidden()

      await page.getByRole('tab', { name: 'Porozumienia' }).click()
      // The actions of the last column stay reachable on a small screen (the table scrolls in its tab).
      const edit = page.getByRole('table', { name: 'Porozumienia' }).getByRole('button', { name: 'Edytuj' })
      await edit.scrollIntoViewIfNeeded()
      await expectInsideWindow(page, edit)
      await expectNoSidewaysOverflow(page)
      await shot(page, 'porozumienia-list', viewport)
      await page.getByRole('button', { name: 'Dodaj porozumienie' }).click()
      const porozumienie = page.getByRole('dialog', { name: 'Nowe porozumienie' })
      await porozumienie.getByRole('textbox', { name: 'Numer porozumienia' }).fill('PSU/9/2026')
      await porozumienie.getByRole('button', { name: 'Anuluj' }).click()
      await page
        .getByRole('dialog', { name: 'Niezapisane zmiany' })
        .getByRole('button', { name: 'Wróć do formularza' })
        .click()
      // As above: Esc must reach the form, not the closing question.
      await expect(page.getByRole('dialog', { name: 'Niezapisane zmiany' })).toBeHidden()
      await expect
        .poll(() => porozumienie.evaluate((dialog) => dialog.contains(document.activeElement)))
        .toBe(true)
      await expect(porozumienie.getByRole('textbox', { name: 'Numer porozumienia' })).toHaveValue(
        'PSU/9/2026',
      )
      // Untouched forms close at once.
      await page.keyboard.press('Escape')
      await page
        .getByRole('dialog', { name: 'Niezapisane zmiany' })
        .getByRole('button', { name: 'Zamknij bez zapisu' })
        .click()
      await expect(porozumienie).toBeHidden()
    })

    test('typed timesheet hours are guarded on a tab or section switch, the status tells the truth, the grid fits', async ({
      page,
      app,
    }) => {
      const { month, sheetId } = await psuMonth(app, page)
      await goTo(page, 'PSU')
      const grid = page.getByRole('table', { name: 'Ewidencja godzin w miesiącu' })
      const day = await page.evaluate(() => {
        const d = new Date()
        d.setDate(1)
        while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1)
        return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}`
      })
      const cell = grid.getByRole('textbox', { name: `Żądło Łucja, ${day}` })
      await cell.fill('3,5')
      await expect(page.getByTestId('save-state')).toHaveText('Niezapisane karty: 1')

      await page.getByRole('tab', { name: 'Przydziały' }).click()
      const unsaved = page.getByRole('dialog', { name: 'Niezapisane zmiany' })
      await expect(unsaved).toBeVisible()
      await unsaved.getByRole('button', { name: 'Wróć do formularza' }).click()
      await goTo(page, 'Start')
      await expect(unsaved).toBeVisible()
      await unsaved.getByRole('button', { name: 'Wróć do formularza' }).click()
      await expect(cell).toHaveValue('3,5')
      await expect(page.getByTestId('save-state')).toHaveText('Niezapisane karty: 1')

      // The whole "3,5" shows in its cell, and "Razem" stays on screen however far the grid scrolls.
      const width = await cell.evaluate((input: HTMLInputElement) => ({
        text: input.scrollWidth,
        box: input.clientWidth,
      }))
      expect(width.text, JSON.stringify(width)).toBeLessThanOrEqual(width.box)
      const razem = grid.getByRole('columnheader', { name: 'Razem' })
      await expectInsideWindow(page, razem)
      await grid.evaluate((table) => table.parentElement!.scrollTo({ left: 10_000 }))
      await expectInsideWindow(page, razem)
      await expectInsideWindow(page, page.getByTestId(/^month-total-/).first())
      await expectNoSidewaysOverflow(page)
      await shot(page, 'timesheet-grid', viewport)

      await cell.press('Control+s')
      await expect(page.getByTestId('save-state')).toHaveText('Wszystkie zmiany zapisane')
      expect(
        app.database.sqlite
          .prepare('SELECT worked_min FROM psu_timesheet_days WHERE timesheet_id = ?')
          .pluck()
          .all(sheetId),
      ).toEqual([210])
      await clearNotifications(page)
      await page.getByRole('tab', { name: 'Przydziały' }).click()
      await expect(page.getByRole('dialog', { name: 'Niezapisane zmiany' })).toBeHidden()
      await page.getByRole('tab', { name: 'Ewidencja miesiąca' }).click()
      await expect(grid.getByRole('textbox', { name: `Żądło Łucja, ${day}` })).toHaveValue('3,5')

      // "Drukuj karty…" offers the month on screen.
      await page.getByRole('button', { name: 'Drukuj karty…' }).click()
      const print = page.getByRole('dialog', { name: 'Drukowanie kart ewidencji godzin' })
      await expect(print.getByRole('button', { name: 'Miesiąc' })).toContainText(formatMonth(month))
      await expect(print).toContainText(`w miesiącu ${formatMonth(month)}`)
    })

    test('the register refreshes after closing a participation, sorts in Polish order by a click anywhere on the header', async ({
      page,
    }) => {
      const worker = await addWorker(page)
      await addPerson(page, 'Żak', 'Ewa')
      await addPerson(page, 'Zając', 'Adam')
      const olga = await addPerson(page, 'Źrebiec', 'Olga')
      await addPerson(page, 'Łukasik', 'Jan')
      await addPerson(page, 'Lis', 'Ala')
      await openParticipation(page, olga, worker, addMonthsClamped(todayIso(), -7))
      await goTo(page, 'Uczestnicy')
      const table = page.getByRole('table', { name: 'Lista uczestników' })
      const names = () => table.locator('tbody tr td:first-child').allInnerTexts()
      await expect.poll(names).toEqual(['Lis Ala', 'Łukasik Jan', 'Zając Adam', 'Źrebiec Olga', 'Żak Ewa'])
      // A click at the far right of the header cell, away from its words.
      const header = table.getByRole('columnheader', { name: /Nazwisko i imię/ })
      const box = (await header.boundingBox())!
      await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2)
      await expect.poll(names).toEqual(['Żak Ewa', 'Źrebiec Olga', 'Zając Adam', 'Łukasik Jan', 'Lis Ala'])
      await expect(header).toHaveAttribute('aria-sort', 'descending')

      const row = table.getByRole('row', { name: /Źrebiec Olga/ })
      await expect(row).toContainText('aktywny')
      await row.getByRole('button', { name: 'Przebieg' }).click()
      const person = page.getByRole('dialog', { name: /Źrebiec Olga — przebieg w KIS/ })
      await person.getByRole('tab', { name: 'Uczestnictwo' }).click()
      await person.getByRole('button', { name: 'Zakończ uczestnictwo' }).click()
      const closing = page.getByRole('dialog', { name: 'Zakończenie uczestnictwa w KIS' })
      // No kontrakt: a warning for an absolwent, and a refusal for "not keeping the kontrakt".
      await expect(closing.getByTestId('kontrakt-warning')).toContainText('nie ma kontraktu socjalnego')
      await closing.getByRole('combobox', { name: 'Przyczyna zakończenia' }).click()
      await page.getByRole('option', { name: /niewywiązywania się z kontraktu/ }).click()
      await closing.getByRole('button', { name: 'Zakończ uczestnictwo' }).click()
      await expect(closing.getByText(/nie może zakończyć się z powodu niewywiązywania się/)).toBeVisible()
      await shot(page, 'close-without-kontrakt', viewport)
      await closing.getByRole('combobox', { name: 'Przyczyna zakończenia' }).click()
      await page.getByRole('option', { name: 'ukończenie programu' }).click()
      await closing.getByRole('button', { name: 'Zakończ uczestnictwo' }).click()
      await expect(closing).toBeHidden()
      await page
        .getByRole('dialog', { name: /Podgląd wydruku/ })
        .getByRole('button', { name: 'Zamknij', exact: true })
        .first()
        .click()
      await page.keyboard.press('Escape')
      await expect(person).toBeHidden()
      await expect(row).toContainText('zakończony')
    })

    test('a group class shows its saved date; Start shows the data-control findings; reports open on this year and keep the choice', async ({
      page,
      app,
    }) => {
      const worker = await addWorker(page)
      const id = await addPerson(page, 'Sowa', 'Iga')
      await openParticipation(page, id, worker, '2025-01-10')
      const saved = await page.evaluate(
        (participantId) =>
          window.api.classes.save({
            id: null,
            heldOn: '2025-03-12',
            topic: 'Trening umiejętności społecznych',
            leader: 'Maria Nowak',
            notes: '',
            attendeeIds: [participantId],
          }),
        id,
      )
      expect(saved.ok).toBe(true)
      await goTo(page, 'Zajęcia grupowe')
      await page.getByRole('row', { name: /Trening umiejętności społecznych/ }).click()
      const lesson = page.getByRole('dialog', { name: 'Zajęcia grupowe' })
      await expect(lesson.getByRole('textbox', { name: 'Data zajęć' })).toHaveValue('12.03.2025')
      await shot(page, 'group-class-saved-date', viewport)
      await page.keyboard.press('Escape')
      await page.keyboard.press('Escape')
      await expect(lesson).toBeHidden()

      await goTo(page, 'Start')
      const quality = page
        .getByRole('region', { name: 'Kontrola danych' })
        .or(page.getByLabel('Kontrola danych'))
      await expect(quality.getByTestId('start-quality')).toBeVisible()
      await expect(quality).toContainText(/Do poprawienia|Nie znaleziono problemów/)
      await shot(page, 'start-quality', viewport)

      const year = new Date().getFullYear()
      await goTo(page, 'Sprawozdania')
      const yearBox = page.getByRole('combobox', { name: 'Rok' })
      await expect(yearBox).toHaveValue(String(year))
      await yearBox.click()
      await page.getByRole('option', { name: String(year - 1), exact: true }).click()
      await goTo(page, 'Start')
      await goTo(page, 'Sprawozdania')
      await expect(page.getByRole('combobox', { name: 'Rok' })).toHaveValue(String(year - 1))
      await page.reload()
      await expect(page.getByRole('combobox', { name: 'Rok' })).toHaveValue(String(year - 1))
      await expect(app.page.getByText(`Okres: rok ${year - 1}`)).toBeVisible()
    })

    test('Ustawienia hold the PUP, the signatories and the PSU coordinator, each saved by Enter; rates read in words', async ({
      page,
      app,
    }) => {
      await goTo(page, 'Ustawienia')
      const pup = page.getByRole('form', { name: 'Urząd pracy i podpisy' })
      await pup
        .getByRole('textbox', { name: 'Powiatowy urząd pracy (adresat wniosków)' })
        .fill('Powiatowy Urząd Pracy w Zgierzu')
      await pup.getByRole('textbox', { name: 'Listę zatwierdza do wypłaty' }).fill('Maria Kierownik')
      await pup.getByRole('textbox', { name: 'Listę zatwierdza do wypłaty' }).press('Enter')
      await expect(page.getByText('Urząd pracy i podpisy na listach wypłat').last()).toBeVisible()
      const psu = page.getByRole('form', { name: 'Ustawienia PSU' })
      await psu.getByRole('textbox', { name: /Koordynator PSU/ }).fill('Anna Koordynator')
      await psu.getByRole('textbox', { name: /Koordynator PSU/ }).press('Enter')
      await expect(page.getByText('Ustawienia PSU').last()).toBeVisible()
      const office = page.getByRole('form', { name: 'Ośrodek i wydruki' })
      await office.getByRole('textbox', { name: 'Nazwa ośrodka' }).fill('MOPS w Zgierzu')
      await office.getByRole('textbox', { name: 'Nazwa ośrodka' }).press('Enter')
      await expect(page.getByText('Dane ośrodka do wydruków')).toBeVisible()
      await expectNoSidewaysOverflow(page)
      await clearNotifications(page)
      await page.screenshot({ path: `${SCREENSHOTS}/settings-${viewport.width}.png`, fullPage: true })
      const settings = await page.evaluate(async () => ({
        payouts: await window.api.payouts.settings(),
        psu: await window.api.psusettings.get(),
      }))
      expect(settings.payouts).toMatchObject({
        ok: true,
        data: { pupName: 'Powiatowy Urząd Pracy w Zgierzu', approvedBy: 'Maria Kierownik' },
      })
      expect(settings.psu).toMatchObject({ ok: true, data: { coordinatorName: 'Anna Koordynator' } })

      // Typed, unsaved settings are not dropped by leaving the section.
      await psu.getByRole('textbox', { name: /Koordynator PSU/ }).fill('Ktoś Inny')
      await goTo(page, 'PSU')
      await page
        .getByRole('dialog', { name: 'Niezapisane zmiany' })
        .getByRole('button', { name: 'Przejdź bez zapisu' })
        .click()
      await page.getByRole('tab', { name: 'Słowniki' }).click()
      const rates = page.getByRole('table', { name: 'Stawki minimalne' })
      await expect(rates).toContainText(/potwierdzone|do potwierdzenia/)
      await expect(page.locator('body')).not.toContainText(/\[[USV]\]/)
      await expect(page.locator('body')).not.toContainText('reżim')
      expect(app.dir).toBeTruthy()
    })

    test('"Oznacz wypłatę" asks first and one person’s payment can be taken back', async ({ page, app }) => {
      const { month, porozumienieId, sheetId } = await psuMonth(app, page)
      await app.database.db
        .insertInto('psu_timesheet_days')
        .values({ timesheet_id: sheetId, day: `${month}-01`, worked_min: 240, absence: null })
        .execute()
      await setSheetStatus(app.database.db, sheetId, 'zamkniety')
      const listId = await page.evaluate(
        async ({ porozumienieId, month }) => {
          const list = await window.api.payouts.compute({ porozumienieId, month })
          if (!list.ok) throw new Error(list.error.message)
          const approved = await window.api.payouts.approve({ id: list.data.id })
          if (!approved.ok) throw new Error(approved.error.message)
          return list.data.id
        },
        { porozumienieId, month },
      )
      await goTo(page, 'Wypłaty PSU')
      await expectNoSidewaysOverflow(page)
      await page.getByRole('combobox', { name: 'Rok' }).click()
      await page.getByRole('option', { name: month.slice(0, 4), exact: true }).click()
      await page.getByRole('table', { name: 'Listy wypłat' }).getByRole('row').nth(1).click()
      const list = page.getByRole('dialog', { name: /Lista wypłat LW\// })
      await list.getByRole('checkbox', { name: 'Zaznacz Żądło Łucja' }).check()
      await list.getByRole('button', { name: 'Oznacz wypłatę (1)' }).click()
      const ask = page.getByRole('dialog', { name: 'Oznaczenie wypłaty' })
      await expect(ask).toContainText('1 osobę (Łucja Żądło)')
      await shot(page, 'pay-asks', viewport)
      await ask.getByRole('button', { name: 'Oznacz wypłatę' }).click()
      await expect(list.getByTestId('payout-status')).toHaveText('wypłacona')
      await list.getByRole('button', { name: 'Cofnij wypłatę — Żądło Łucja' }).click()
      await page
        .getByRole('dialog', { name: 'Cofnięcie wypłaty' })
        .getByRole('button', { name: 'Cofnij wypłatę' })
        .click()
      await expect(list.getByTestId('payout-status')).toHaveText('zatwierdzona')
      await expect(list.getByRole('checkbox', { name: 'Zaznacz Żądło Łucja' })).toBeEnabled()
      expect(
        app.database.sqlite
          .prepare('SELECT paid_on FROM psu_payout_items WHERE list_id = ?')
          .pluck()
          .all(listId),
      ).toEqual([null])
      await clearNotifications(page)
      await shot(page, 'pay-undone', viewport)
    })
  })
}
