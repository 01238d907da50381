import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/app'
import { registerPerson } from './support/people'
import { makePesel } from '../support/pesel-factory'
import { isA4, pdfInfo, pdfText, pdfToPng } from '../support/pdf'
import { MONTH_NAMES } from '../../src/shared/psu-calendar'

const SCREENSHOTS = 'test-results/screenshots'

function addPerson(page: Page, firstName: string, lastName: string, pesel: string): Promise<number> {
  return registerPerson(page, { firstName, lastName, pesel })
}

async function openSection(page: Page) {
  await page.getByLabel('Nawigacja').getByText('PSU', { exact: true }).click()
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click()
}

async function choose(page: Page, scope: Locator, label: string, option: string | RegExp, typed?: string) {
  const box = scope.getByRole('combobox', { name: label, exact: true })
  await box.click()
  if (typed) await box.fill(typed)
  await page.getByRole('option', { name: option }).first().click()
}

/** Clicks through months until the grid shows the wanted one ("maj 2026"). */
async function showMonth(page: Page, label: string) {
  const title = page.getByTestId('psu-month')
  const index = (text: string) => {
    const [name, year] = text.split(' ')
    return Number(year) * 12 + MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number])
  }
  for (let i = 0; i < 60; i++) {
    const current = (await title.textContent()) ?? ''
    if (current === label) return
    await page
      .getByRole('button', { name: index(current) > index(label) ? 'Poprzedni miesiąc' : 'Następny miesiąc' })
      .click()
    await expect(title).not.toHaveText(current)
  }
  await expect(title).toHaveText(label)
}

test('plans PSU, enters May by keyboard with limit warnings, locks it and prints June’s blank sheets as one PDF', async ({
  app,
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await addPerson(page, 'Łucja', 'Żądło', makePesel('1979-03-08', 'K', 11))
  await addPerson(page, 'Grzegorz', 'Brzęczyszczykiewicz', makePesel('1968-10-21', 'M', 12))
  await openSection(page)
  await expect(page.getByRole('heading', { name: 'Prace społecznie użyteczne' })).toBeVisible()

  // A workplace with the supervisor who signs the sheets, and a position with two places.
  await openTab(page, 'Miejsca pracy')
  await page.getByRole('button', { name: 'Dodaj miejsce pracy' }).click()
  const workplaceForm = page.getByRole('dialog', { name: 'Nowe miejsce pracy' })
  await expect(workplaceForm.getByRole('textbox', { name: 'Nazwa jednostki' })).toBeFocused()
  await workplaceForm
    .getByRole('textbox', { name: 'Nazwa jednostki' })
    .fill('Szkoła Podstawowa nr 2 w Łęczycy')
  await workplaceForm.getByRole('textbox', { name: 'Adres' }).fill('ul. Źródlana 5')
  await workplaceForm.getByRole('textbox', { name: 'Opiekun podpisujący karty' }).fill('Halina Kwiatkowska')
  await workplaceForm.getByRole('textbox', { name: 'Stanowisko opiekuna' }).fill('kierownik gospodarczy')
  await workplaceForm.getByRole('button', { name: 'Zapisz' }).click()
  await expect(workplaceForm).toBeHidden()
  await page.getByRole('button', { name: 'Dodaj stanowisko' }).click()
  const positionForm = page.getByRole('dialog', { name: /Stanowisko/ })
  await choose(page, positionForm, 'Rodzaj prac', 'osoba sprzątająca')
  await positionForm.getByRole('textbox', { name: 'Liczba miejsc' }).fill('2')
  await positionForm.getByRole('button', { name: 'Zapisz' }).click()
  await expect(positionForm).toBeHidden()
  await expect(page.getByRole('table', { name: /Stanowiska/ })).toContainText('osoba sprzątająca')

  // A porozumienie signed before June 2025: the old rules, 10 hours a week, shown with the legal basis.
  await openTab(page, 'Porozumienia')
  await page.getByRole('button', { name: 'Dodaj porozumienie' }).click()
  const porozumienieForm = page.getByRole('dialog', { name: 'Nowe porozumienie' })
  await porozumienieForm.getByRole('textbox', { name: 'Numer porozumienia' }).fill('PSU/7/2025')
  await porozumienieForm.getByRole('textbox', { name: 'Data podpisania' }).fill('20.05.2025')
  await porozumienieForm.getByRole('textbox', { name: 'Okres od' }).fill('01.06.2025')
  await porozumienieForm.getByRole('textbox', { name: 'Okres do' }).fill('31.12.2026')
  await porozumienieForm.getByRole('textbox', { name: 'Planowana liczba osób' }).fill('20')
  await porozumienieForm.getByRole('textbox', { name: 'Stawka za godzinę' }).fill('12,20')
  // § 3 of the 2017 regulation: the refund term and the kinds of work with their places come from it.
  await porozumienieForm.getByRole('button', { name: 'Zapisz' }).click()
  await expect(porozumienieForm).toContainText(
    'Podaj termin refundacji z porozumienia (dni od złożenia wniosku).',
  )
  await porozumienieForm.getByRole('textbox', { name: 'Termin refundacji (dni od wniosku)' }).fill('30')
  await expect(porozumienieForm.getByTestId('porozumienie-no-works')).toBeVisible()
  await porozumienieForm.getByRole('button', { name: 'Dodaj rodzaj prac' }).click()
  await porozumienieForm.getByRole('textbox', { name: 'Rodzaj prac' }).fill('sprzątanie pomieszczeń')
  await porozumienieForm.getByRole('textbox', { name: 'Miejsce wykonywania' }).fill('ul. Szkolna 1, Łęczyca')
  await porozumienieForm.getByRole('textbox', { name: 'Podmiot (jednostka)' }).fill('Szkoła Podstawowa nr 2')
  await expect(porozumienieForm.getByTestId('porozumienie-no-works')).toBeHidden()
  await porozumienieForm.getByRole('textbox', { name: 'Numer porozumienia' }).click()
  await expect(porozumienieForm.getByTestId('regime')).toContainText('dotychczasowe przepisy')
  await expect(porozumienieForm.getByTestId('regime')).toContainText('art. 73a')
  await expect(porozumienieForm.getByRole('textbox', { name: 'Limit tygodniowy' })).toHaveValue('10 h')
  await page.screenshot({ path: `${SCREENSHOTS}/psu-porozumienie-form.png` })
  await porozumienieForm.getByRole('button', { name: 'Zapisz' }).click()
  await expect(porozumienieForm).toBeHidden()
  await expect(page.getByRole('table', { name: 'Porozumienia' })).toContainText('12,20')
  await expect(page.getByRole('table', { name: 'Porozumienia' })).toContainText('termin 30 dni')
  await page.getByRole('button', { name: 'Drukuj warunki porozumienia PSU/7/2025' }).click()
  const termsPreview = page.getByRole('dialog', {
    name: /Podgląd wydruku: Warunki porozumienia PSU\/7\/2025/,
  })
  const termsPdf = join(app.dir, 'porozumienie.pdf')
  app.platform.answers.push(termsPdf)
  await termsPreview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText('Zapisano PDF')).toBeVisible()
  pdfToPng(termsPdf, `${SCREENSHOTS}/porozumienie-psu`, 80)
  const terms = pdfText(termsPdf)
  expect(terms).toContain('Rodzaje prac, miejsca ich wykonywania i podmioty')
  expect(terms).toMatch(/sprzątanie pomieszczeń\s+ul\. Szkolna 1, Łęczyca\s+Szkoła Podstawowa nr 2/)
  expect(terms).toMatch(/w\s+ciągu\s+30\s+dni\s+od\s+złożenia\s+wniosku/)
  await termsPreview.getByRole('button', { name: 'Zamknij', exact: true }).dispatchEvent('click')
  await expect(termsPreview).toBeHidden()

  // Under the 2025 act there is no "60 % of the minimum" default: the terms come from the porozumienie.
  await page.getByRole('button', { name: 'Dodaj porozumienie' }).click()
  const nowy = page.getByRole('dialog', { name: 'Nowe porozumienie' })
  await nowy.getByRole('textbox', { name: 'Data podpisania' }).fill('15.12.2025')
  await nowy.getByRole('textbox', { name: 'Numer porozumienia' }).click()
  await expect(nowy.getByRole('textbox', { name: 'Refundacja z Funduszu Pracy — udział' })).toHaveValue('')
  await expect(nowy).toContainText('do potwierdzenia w porozumieniu')
  await nowy.getByRole('button', { name: 'Zapisz' }).click()
  await expect(nowy).toContainText('Podaj udział refundacji określony w porozumieniu.')
  await expect(nowy).toContainText('Wybierz, od czego porozumienie liczy refundację.')
  await nowy.getByRole('button', { name: 'Anuluj' }).click()
  await page
    .getByRole('dialog', { name: 'Niezapisane zmiany' })
    .getByRole('button', { name: 'Zamknij bez zapisu' })
    .click()
  await expect(nowy).toBeHidden()

  // Two people directed by the PUP onto the position for May and June 2026.
  await openTab(page, 'Przydziały')
  for (const [surname, number] of [
    ['Żądło', 'SK/101/2026'],
    ['Brzęczyszczykiewicz', 'SK/102/2026'],
  ] as const) {
    await page.getByRole('button', { name: 'Dodaj przydział' }).click()
    const form = page.getByRole('dialog', { name: /Nowy przydział/ })
    await choose(page, form, 'Uczestnik', new RegExp(surname), surname.slice(0, 4))
    await choose(page, form, 'Stanowisko', /Szkoła Podstawowa nr 2 w Łęczycy — osoba sprzątająca/)
    await choose(page, form, 'Porozumienie', /PSU\/7\/2025/)
    await form.getByRole('textbox', { name: 'Nr skierowania z PUP' }).fill(number)
    await form.getByRole('textbox', { name: 'Data skierowania' }).fill('28.04.2026')
    await form.getByRole('textbox', { name: 'Praca od' }).fill('01.05.2026')
    await form.getByRole('textbox', { name: 'Praca do' }).fill('30.06.2026')
    await form.getByRole('textbox', { name: 'Nr skierowania z PUP' }).click()
    await form.getByRole('button', { name: 'Zapisz' }).click()
    await expect(form).toBeHidden()
  }
  await expect(page.getByRole('table', { name: 'Przydziały' }).getByRole('row')).toHaveCount(3)

  // May 2026 by keyboard only: Monday 4 May, arrows to Wednesday and Friday, Enter moves on.
  await openTab(page, 'Ewidencja miesiąca')
  await showMonth(page, 'maj 2026')
  const grid = page.getByRole('table', { name: 'Ewidencja godzin w miesiącu' })
  await expect(grid.locator('tbody')).toHaveCount(2)
  await grid.getByRole('textbox', { name: 'Brzęczyszczykiewicz Grzegorz, 04.05' }).click()
  await page.keyboard.type('4')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('3,5')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('2,5')
  await expect(page.getByTestId('save-state')).toHaveText('Niezapisane karty: 1')
  const warnings = page.getByRole('status', { name: 'Ostrzeżenia o limitach' })
  await expect(warnings).toContainText('Tydzień 04.05–10.05: 10 h — osiągnięty limit tygodniowy 10 h.')

  // Half an hour more on Saturday passes the legal cap: shown at once, and the sheet cannot be saved.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('0,5')
  await expect(warnings).toContainText('Tydzień 04.05–10.05: 10,5 h — więcej niż limit 10 h tygodniowo.')
  await expect(warnings).toContainText('karty nie można zapisać')
  await page.keyboard.press('Delete')
  await expect(warnings).not.toContainText('więcej niż limit')

  // Next Monday: copy last week's pattern (Ctrl+D); then down to the other person, who was ill (c).
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Control+d')
  await expect(grid.getByRole('textbox', { name: 'Brzęczyszczykiewicz Grzegorz, 13.05' })).toHaveValue('3,5')
  await expect(grid.getByRole('textbox', { name: 'Brzęczyszczykiewicz Grzegorz, 15.05' })).toHaveValue('2,5')
  await page.keyboard.press('ArrowDown')
  await expect(grid.getByRole('textbox', { name: 'Żądło Łucja, 11.05' })).toBeFocused()
  await page.keyboard.type('c')
  await page.keyboard.press('Tab')
  await page.keyboard.type('5')
  await expect(grid.getByRole('textbox', { name: 'Żądło Łucja, 11.05' })).toHaveValue('Ch')
  await expect(page.getByTestId('month-total-2')).toHaveText('20 / 40')
  await expect(page.getByTestId('month-total-1')).toHaveText('5 / 40')
  await expect(page.getByTestId('save-state')).toHaveText('Niezapisane karty: 2')
  await page.screenshot({ path: `${SCREENSHOTS}/psu-month-grid.png`, fullPage: true })

  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-state')).toHaveText('Wszystkie zmiany zapisane')
  const stored = app.database.sqlite
    .prepare('SELECT day, worked_min, absence FROM psu_timesheet_days ORDER BY timesheet_id, day')
    .all()
  expect(stored).toHaveLength(8)
  expect(stored).toContainEqual({ day: '2026-05-11', worked_min: 0, absence: 'choroba' })
  expect(stored).toContainEqual({ day: '2026-05-06', worked_min: 210, absence: null })

  // Lock May: the cells become read-only, each sheet gets version 1 and a log entry.
  await page.getByRole('button', { name: 'Zamknij miesiąc…' }).click()
  const lock = page.getByRole('dialog', { name: /Zamknięcie miesiąca: maj 2026/ })
  await lock.getByRole('textbox', { name: 'Kto zamyka' }).fill('Maria Łęcka')
  await lock.getByRole('button', { name: 'Zamknij miesiąc' }).click()
  await expect(lock).toBeHidden()
  await expect(grid.getByText('zamknięty')).toHaveCount(2)
  await expect(grid.getByRole('textbox', { name: 'Żądło Łucja, 12.05' })).toBeDisabled()
  expect(
    app.database.sqlite.prepare("SELECT status, version FROM psu_timesheets WHERE month = '2026-05'").all(),
  ).toEqual([
    { status: 'zamkniety', version: 1 },
    { status: 'zamkniety', version: 1 },
  ])
  expect(app.database.sqlite.prepare('SELECT by_name FROM psu_timesheet_log').pluck().all()).toEqual([
    'Maria Łęcka',
    'Maria Łęcka',
  ])

  // Print all blank sheets for June (the next month) by surname: one A4 page per assignment. The print
  // dialog offers the month on screen.
  await page.getByRole('button', { name: 'Następny miesiąc' }).click()
  await expect(page.getByTestId('psu-month')).toHaveText('czerwiec 2026')
  await page.getByRole('button', { name: 'Drukuj karty…' }).click()
  const print = page.getByRole('dialog', { name: 'Drukowanie kart ewidencji godzin' })
  await expect(print).toContainText('w miesiącu czerwiec 2026')
  await print.getByText('według nazwiska').click()
  await print.getByRole('button', { name: 'Podgląd' }).click()
  const preview = page.getByRole('dialog', { name: /Podgląd wydruku/ })
  await expect(preview.getByTestId('preview-pages')).toHaveText('2 strony A4')
  // Only the page in view is drawn; the second is drawn when it is scrolled to.
  const [first, second] = [1, 2].map((n) => preview.getByRole('img', { name: `Strona ${n} z 2` }))
  await expect(first!).toHaveAttribute('data-drawn', 'true')
  await page.waitForTimeout(500)
  await expect(second!).not.toHaveAttribute('data-drawn', 'true')
  await page.screenshot({ path: `${SCREENSHOTS}/psu-print-preview.png` })
  await second!.scrollIntoViewIfNeeded()
  await expect(second!).toHaveAttribute('data-drawn', 'true')
  const target = join(app.dir, 'karty-czerwiec.pdf')
  app.platform.answers.push(target)
  const rendersAfterPreview = app.platform.renders
  await preview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText('Zapisano PDF')).toBeVisible()
  expect(existsSync(target)).toBe(true)
  expect(app.platform.renders, 'Zapisz PDF writes the previewed bytes').toBe(rendersAfterPreview)

  const info = pdfInfo(target)
  expect(info.pages).toBe(2)
  expect(isA4(info.pageSize), info.pageSize).toBe(true)
  expect(info.fonts).toMatch(/NotoSans/)
  const pages = pdfText(target)
    .split('\f')
    .filter((p) => p.trim() !== '')
  expect(pages).toHaveLength(2)
  // By surname: Brzęczyszczykiewicz before Żądło, each alone on its page.
  expect(pages[0]).toContain('Brzęczyszczykiewicz Grzegorz')
  expect(pages[0]).not.toContain('Żądło')
  expect(pages[1]).toContain('Żądło Łucja')
  for (const text of pages) {
    expect(text).toContain('Karta ewidencji godzin wykonywania prac społecznie użytecznych')
    expect(text).toContain('czerwiec 2026')
    expect(text).toContain('Szkoła Podstawowa nr 2 w Łęczycy, ul. Źródlana 5')
    expect(text).toContain('Halina Kwiatkowska, kierownik gospodarczy')
    expect(text).toContain('porozumienie nr PSU/7/2025 z 20.05.2025')
    expect(text).toContain('święto: Boże Ciało')
    expect(text).toMatch(/04\.06\s+cz/)
    expect(text).toContain('Podpis opiekuna')
    expect(text).toMatch(/PESEL: •+\d{4}/)
  }
  pdfToPng(target, `${SCREENSHOTS}/psu-karty-czerwiec`, 80)
})

test('refuses overlapping and over-capacity assignments, bad hours and changes to a locked month; reopening is logged', async ({
  app,
  page,
}) => {
  const ids = await page.evaluate(async () => {
    const ok = async <T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>) => {
      const r = await p
      if (!r.ok) throw new Error(r.error.message)
      return r.data
    }
    const workplace = await ok(
      window.api.workplaces.create({
        name: 'Biblioteka Publiczna',
        address: '',
        contact: '',
        supervisorName: 'Ewa Górska',
        supervisorRole: '',
        notes: '',
      }),
    )
    const types = await ok(window.api.positiontypes.list())
    const position = await ok(
      window.api.positions.create({
        workplaceId: workplace.id,
        typeId: types[0]!.id,
        places: 1,
        description: '',
      }),
    )
    const porozumienie = await ok(
      window.api.porozumienia.create({
        number: 'PSU/3/2026',
        signedOn: '2025-12-10',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        plannedPersons: 5,
        plannedMin: 600 * 60,
        monthlyLimitMin: 2400,
        weeklyLimitMin: 600,
        refundShareBp: 6000,
        refundBase: 'stawka_minimalna',
        refundAmountGr: null,
        refundDueDays: 30,
        maxMonthsPerPerson: null,
        works: [],
        rates: [{ validFrom: '2026-01-01', rateGr: 1250 }],
        notes: '',
      }),
    )
    return { position: position.id, porozumienie: porozumienie.id }
  })
  const anna = await addPerson(page, 'Anna', 'Świątek', makePesel('1990-02-02', 'K', 21))
  await addPerson(page, 'Piotr', 'Żółkiewski', makePesel('1985-06-15', 'M', 22))
  const created = await page.evaluate(
    ({ anna, ids }) =>
      window.api.assignments.create({
        participantId: anna,
        positionId: ids.position,
        porozumienieId: ids.porozumienie,
        skierowanieNumber: 'SK/1',
        skierowanieDate: '2026-02-20',
        dateFrom: '2026-03-02',
        dateTo: '2026-04-30',
        endReason: '',
        notes: '',
      }),
    { anna, ids },
  )
  expect(created.ok).toBe(true)

  await openSection(page)
  await openTab(page, 'Przydziały')
  async function tryAssign(surname: string, from: string, to: string) {
    await page.getByRole('button', { name: 'Dodaj przydział' }).click()
    const form = page.getByRole('dialog', { name: /Nowy przydział/ })
    await choose(page, form, 'Uczestnik', new RegExp(surname), surname.slice(0, 3))
    await choose(page, form, 'Stanowisko', /Biblioteka Publiczna/)
    await choose(page, form, 'Porozumienie', /PSU\/3\/2026/)
    await form.getByRole('textbox', { name: 'Nr skierowania z PUP' }).fill('SK/2')
    await form.getByRole('textbox', { name: 'Data skierowania' }).fill('20.02.2026')
    await form.getByRole('textbox', { name: 'Praca od' }).fill(from)
    await form.getByRole('textbox', { name: 'Praca do' }).fill(to)
    await form.getByRole('textbox', { name: 'Nr skierowania z PUP' }).click()
    await form.getByRole('button', { name: 'Zapisz' }).click()
    return form
  }
  // The same person twice at once.
  let form = await tryAssign('Świątek', '01.04.2026', '31.05.2026')
  await expect(page.getByText(/Anna Świątek ma już przydział w tym czasie/).first()).toBeVisible()
  await form.getByRole('button', { name: 'Anuluj' }).click()
  await page
    .getByRole('dialog', { name: 'Niezapisane zmiany' })
    .getByRole('button', { name: 'Zamknij bez zapisu' })
    .click()
  // A second person on a one-place position.
  form = await tryAssign('Żółkiewski', '15.04.2026', '31.05.2026')
  await expect(
    page.getByText(/Dnia 15\.04\.2026 na stanowisku .* byłyby 2 osoby, a ma ono 1 miejsce/).first(),
  ).toBeVisible()
  await form.getByRole('button', { name: 'Anuluj' }).click()
  await page
    .getByRole('dialog', { name: 'Niezapisane zmiany' })
    .getByRole('button', { name: 'Zamknij bez zapisu' })
    .click()
  // Outside the porozumienie.
  form = await tryAssign('Żółkiewski', '01.12.2026', '31.01.2027')
  await expect(
    page.getByText(/Przydział musi mieścić się w okresie porozumienia nr PSU\/3\/2026/).first(),
  ).toBeVisible()
  await form.getByRole('button', { name: 'Anuluj' }).click()
  await page
    .getByRole('dialog', { name: 'Niezapisane zmiany' })
    .getByRole('button', { name: 'Zamknij bez zapisu' })
    .click()
  expect(app.database.sqlite.prepare('SELECT count(*) FROM psu_assignments').pluck().get()).toBe(1)

  // Bad hours are marked in the cell and explained; the sheet is not saved.
  await openTab(page, 'Ewidencja miesiąca')
  await showMonth(page, 'marzec 2026')
  const grid = page.getByRole('table', { name: 'Ewidencja godzin w miesiącu' })
  await expect(grid.getByRole('textbox', { name: 'Świątek Anna, 01.03' })).toBeDisabled()
  await grid.getByRole('textbox', { name: 'Świątek Anna, 02.03' }).click()
  await page.keyboard.type('25')
  await page.keyboard.press('Enter')
  await page.keyboard.type('3,2')
  const warnings = page.getByRole('status', { name: 'Ostrzeżenia o limitach' })
  await expect(warnings).toContainText('Liczba godzin w dniu musi wynosić od 0 do 24.')
  await expect(warnings).toContainText('Godziny wpisuje się w pełnych godzinach lub połówkach')
  await expect(grid.getByRole('textbox', { name: 'Świątek Anna, 02.03' })).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await page.getByRole('button', { name: /Zapisz zmiany/ }).click()
  await expect(page.getByText('Nie zapisano karty: Świątek Anna')).toBeVisible()
  expect(app.database.sqlite.prepare('SELECT count(*) FROM psu_timesheet_days').pluck().get()).toBe(0)
  await grid.getByRole('textbox', { name: 'Świątek Anna, 02.03' }).fill('4')
  await grid.getByRole('textbox', { name: 'Świątek Anna, 03.03' }).fill('')
  await page.getByRole('button', { name: /Zapisz zmiany/ }).click()
  await expect(page.getByTestId('save-state')).toHaveText('Wszystkie zmiany zapisane')

  // The single sheet: lock it, then a save through the bridge is refused; reopening asks why and logs it.
  await grid.getByRole('button', { name: 'Świątek Anna' }).click()
  const sheet = page.getByRole('dialog', { name: /Karta ewidencji godzin: Świątek Anna — marzec 2026/ })
  await sheet.getByRole('textbox', { name: 'Kto zamyka / otwiera (do historii karty)' }).fill('Maria Łęcka')
  await sheet.getByRole('button', { name: 'Zamknij miesiąc' }).click()
  await expect(sheet.getByText('wersja 1', { exact: true })).toBeVisible()
  const refused = await page.evaluate(
    (assignmentId) =>
      window.api.timesheets.save({
        assignmentId,
        month: '2026-03',
        entries: [{ date: '2026-03-02', minutes: 300, absence: null }],
      }),
    created.ok ? created.data.id : 0,
  )
  expect(refused).toMatchObject({
    ok: false,
    error: {
      message:
        'Miesiąc marzec 2026 jest zamknięty dla Świątek Anna — otwórz go ponownie, aby zmienić godziny.',
    },
  })
  await sheet.getByRole('button', { name: 'Otwórz ponownie…' }).click()
  await sheet.getByRole('textbox', { name: 'Powód' }).fill('Opiekun poprawił godziny z 2 marca')
  await sheet.getByRole('button', { name: 'Otwórz miesiąc' }).click()
  await expect(sheet.getByText('wersja 2', { exact: true })).toBeVisible()
  const history = sheet.getByRole('table', { name: 'Historia karty' })
  await expect(history).toContainText('zamknięcie (wersja 1)')
  await expect(history).toContainText('otwarcie (wersja 2)')
  await expect(history).toContainText('Opiekun poprawił godziny z 2 marca')

  // One filled sheet from its own screen.
  await sheet.getByRole('button', { name: 'Drukuj wypełnioną' }).click()
  const preview = page.getByRole('dialog', { name: /Podgląd wydruku/ })
  await expect(preview.getByTestId('preview-pages')).toHaveText('1 strona A4')
  await preview.getByRole('button', { name: 'Drukuj' }).click()
  await expect(page.getByText('Wysłano do drukarki')).toBeVisible()
  expect(app.platform.printed.at(-1)).toContain('Świątek Anna')
  expect(app.platform.printed.at(-1)).toContain('>4<')
})
