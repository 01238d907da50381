import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/app'
import { makePesel } from '../support/pesel-factory'
import { isA4, pdfInfo, pdfText, pdfToPng } from '../support/pdf'
import { formatDate, todayIso } from '../../src/shared/dates'
import { addDays, addMonthsClamped, sixMonthsReachedOn } from '../../src/shared/kis-periods'

const SCREENSHOTS = 'test-results/screenshots'

/** Types a date into a Polish date field (DD.MM.RRRR) and leaves the field. */
async function fillDate(field: Locator, iso: string) {
  await field.fill(formatDate(iso))
  await field.press('Tab')
}

async function goTo(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Nawigacja' }).getByText(section, { exact: true }).click()
}

/** Notifications pause while the mouse is over them and may cover buttons: move away and let them go. */
async function letNotificationsClose(page: Page) {
  await page.mouse.move(5, 5)
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0)
}

async function choose(scope: Locator, combobox: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: combobox }).click()
  await scope.page().getByRole('option', { name: option }).click()
}

test('runs a KIS programme: participation, kontrakt B printed as A4, aneks and evaluation on the timeline, closing as a graduate', async ({
  app,
  page,
}) => {
  test.setTimeout(240_000)
  mkdirSync(SCREENSHOTS, { recursive: true })
  const today = todayIso()
  const start = addMonthsClamped(today, -7)
  const pesel = makePesel('1979-03-08', 'K', 41)

  // Settings: the office for the headers, the kontrakt prefix, a social worker on the staff list.
  await goTo(page, 'Ustawienia')
  const office = page.getByRole('form', { name: 'Ośrodek i wydruki' })
  await office
    .getByRole('textbox', { name: 'Nazwa ośrodka' })
    .fill('Miejski Ośrodek Pomocy Społecznej w Zgierzu')
  await office.getByRole('textbox', { name: 'Adres ośrodka' }).fill('ul. Łęczycka 24, 95-100 Zgierz')
  await office.getByRole('textbox', { name: 'Miejscowość' }).fill('Zgierz')
  await office.getByRole('textbox', { name: 'Przedrostek numeru kontraktu' }).fill('KS 12')
  await office.getByRole('button', { name: 'Zapisz dane ośrodka' }).click()
  await expect(office.getByText('Przedrostek może zawierać litery, cyfry')).toBeVisible()
  await office.getByRole('textbox', { name: 'Przedrostek numeru kontraktu' }).fill('KS')
  await office.getByRole('button', { name: 'Zapisz dane ośrodka' }).click()
  await expect(page.getByText('Dane ośrodka do wydruków')).toBeVisible()

  await page.getByRole('button', { name: 'Dodaj pracownika' }).click()
  const staffDialog = page.getByRole('dialog', { name: 'Nowy pracownik' })
  await staffDialog.getByRole('textbox', { name: 'Imię i nazwisko' }).fill('Małgorzata Wójcik')
  await staffDialog.getByRole('textbox', { name: 'Telefon kontaktowy' }).fill('42 716 22 33')
  await staffDialog.getByRole('button', { name: 'Zapisz' }).click()
  await expect(page.getByRole('table', { name: 'Pracownicy socjalni' })).toContainText('Małgorzata Wójcik')
  await page.screenshot({ path: `${SCREENSHOTS}/settings.png`, fullPage: true })

  // Register the person.
  await goTo(page, 'Uczestnicy')
  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click()
  const register = page.getByRole('dialog', { name: 'Nowy uczestnik' })
  await register.getByRole('textbox', { name: 'Imię' }).fill('Grażyna')
  await register.getByRole('textbox', { name: 'Nazwisko' }).fill('Żółkiewska-Łęcka')
  await register.getByRole('textbox', { name: 'PESEL' }).fill(pesel)
  await register.getByRole('textbox', { name: 'Adres' }).fill('ul. Źródlana 3 m. 7, 95-100 Zgierz')
  await register.getByRole('checkbox', { name: /długotrwale bezrobotna/ }).check()
  await register.getByRole('button', { name: 'Zapisz' }).click()
  await expect(register).toBeHidden()

  // Open the person view and a participation that started seven months ago.
  await page
    .getByRole('row', { name: /Żółkiewska-Łęcka Grażyna/ })
    .getByRole('button', { name: 'Przebieg' })
    .click()
  const person = page.getByRole('dialog', { name: 'Żółkiewska-Łęcka Grażyna — przebieg w KIS' })
  await expect(person.getByText('Brak wpisów')).toBeVisible()
  await person.getByRole('tab', { name: 'Uczestnictwo' }).click()
  await person.getByRole('button', { name: 'Otwórz uczestnictwo' }).click()
  const opening = page.getByRole('dialog', { name: 'Otwarcie uczestnictwa w KIS' })
  await fillDate(opening.getByRole('textbox', { name: 'Data rozpoczęcia' }), start)
  await opening.getByRole('button', { name: 'Otwórz uczestnictwo' }).click()
  await expect(opening.getByText('Wybierz pracownika socjalnego, który kieruje osobę do KIS.')).toBeVisible()
  await choose(opening, 'Pracownik socjalny kierujący', /Małgorzata Wójcik/)
  await opening.getByRole('button', { name: 'Otwórz uczestnictwo' }).click()
  await expect(opening).toBeHidden()
  await expect(person.getByTestId('person-participation')).toHaveText(
    `W KIS od ${formatDate(start)} · sześć miesięcy mija ${formatDate(addMonthsClamped(start, 6))}`,
  )
  await expect(person.getByRole('button', { name: 'Otwórz uczestnictwo' })).toBeDisabled()

  // Kontrakt socjalny, variant B, two goals and three actions.
  await person.getByRole('tab', { name: 'Kontrakt socjalny' }).click()
  await person.getByRole('button', { name: 'Nowy kontrakt socjalny' }).click()
  const form = page.getByRole('dialog', { name: /Nowy kontrakt socjalny — Grażyna Żółkiewska-Łęcka/ })
  // Family members are parties in variant A only: typed on A, they stay after switching to B, refused.
  const pupWarning = form.getByTestId('kontrakt-pup-warning')
  const familyRefusal = form.getByText(
    'Kontrakt w wariancie B zawiera się tylko z osobą i pracownikiem socjalnym — usuń członków rodziny albo wybierz wariant A.',
  )
  await expect(pupWarning).toHaveCount(0)
  await form.getByRole('button', { name: 'Dodaj członka rodziny' }).click()
  await form.getByRole('textbox', { name: 'Członek rodziny 1 — imię i nazwisko' }).fill('Jan Łęcki')
  await form.getByText('Wariant B — aktywizacja (rynek pracy)').click()
  await expect(form.getByRole('textbox', { name: 'Członek rodziny 1 — imię i nazwisko' })).toHaveValue(
    'Jan Łęcki',
  )
  await expect(familyRefusal).toBeVisible()
  await expect(form.getByRole('button', { name: 'Dodaj członka rodziny' })).toBeDisabled()
  // The participation was opened on the worker's referral: variant B warns that no PUP referral is recorded.
  await expect(pupWarning).toBeVisible()
  await expect(pupWarning).toContainText(
    'Wariant B zakłada, że osoba jest skierowana przez powiatowy urząd pracy, a w tym uczestnictwie nie zapisano skierowania z PUP',
  )
  const end = addMonthsClamped(start, 9)
  await fillDate(form.getByRole('textbox', { name: 'Data zawarcia' }), start)
  await fillDate(form.getByRole('textbox', { name: 'Obowiązuje do' }), end)
  await expect(form.getByRole('textbox', { name: 'Miejsce zawarcia' })).toHaveValue('Zgierz')
  const text = (name: string) => form.getByRole('textbox', { name, exact: true })
  await text('Przyczyny trudnej sytuacji życiowej').fill('Długotrwałe bezrobocie, zadłużenie czynszowe.')
  await text('Przyczyny pozostawania bez pracy').fill('Likwidacja zakładu pracy w 2022 r.')
  await text('Mocne strony, możliwości i zasoby').fill('Doświadczenie w handlu, wsparcie córki.')
  await text('Ograniczenia').fill('Brak aktualnych kwalifikacji.')
  await text('Bariery w aktywności społecznej i zawodowej').fill('Brak prawa jazdy, opieka nad matką.')
  await text('Dotychczasowe próby aktywizacji').fill('Szkolenie z obsługi kasy fiskalnej (2023).')
  await text('Cel główny').fill('Podjęcie stałego zatrudnienia.')
  await text('Cel szczegółowy 1').fill('Ukończenie kursu magazyniera')
  await form.getByRole('button', { name: 'Dodaj cel' }).click()
  await text('Cel szczegółowy 2').fill('Przygotowanie CV i listu motywacyjnego')
  await text('Opis — działanie osoby 1').fill('Udział w kursie magazyniera')
  await fillDate(text('Termin — działanie osoby 1'), addMonthsClamped(start, 2))
  await form.getByRole('button', { name: 'Dodaj działanie osoby' }).click()
  await text('Opis — działanie osoby 2').fill('Udział w warsztatach pisania CV')
  await fillDate(text('Termin — działanie osoby 2'), addMonthsClamped(start, 1))
  await text('Opis — działanie ośrodka 1').fill('Skierowanie na kurs i zwrot kosztów dojazdu')
  await text('Kto odpowiada — działanie ośrodka 1').fill('Małgorzata Wójcik')
  // A deadline after the kontrakt's end is refused on the form, in Polish.
  await fillDate(text('Termin — działanie ośrodka 1'), addMonthsClamped(end, 1))
  await text('Przewidywane efekty').fill('Zatrudnienie na umowę o pracę w magazynie.')
  await form.getByRole('button', { name: 'Zapisz kontrakt' }).click()
  const period = `${formatDate(start)}–${formatDate(end)}`
  await expect(
    form.getByText(`Termin działania musi mieścić się w okresie kontraktu (${period}).`),
  ).toBeVisible()
  await expect(familyRefusal).toBeVisible()
  await fillDate(text('Termin — działanie ośrodka 1'), addMonthsClamped(start, 1))
  await form.getByRole('button', { name: 'Usuń członka rodziny 1' }).click()
  await expect(familyRefusal).toHaveCount(0)
  await expect(
    form.getByText('W wariancie B kontrakt zawiera się tylko z osobą i pracownikiem socjalnym — członkowie'),
  ).toBeVisible()
  await letNotificationsClose(page)
  await page.screenshot({ path: `${SCREENSHOTS}/kontrakt-form-bottom.png` })
  await form.getByRole('textbox', { name: 'Data zawarcia' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SCREENSHOTS}/kontrakt-form-top.png` })
  await form.getByRole('button', { name: 'Zapisz kontrakt' }).click()
  await expect(form).toBeHidden()
  const number = `KS/1/${start.slice(0, 4)}`
  await expect(person.getByRole('heading', { name: `Kontrakt socjalny nr ${number}` })).toBeVisible()
  await expect(person.getByTestId('kontrakt-state')).toHaveText('projekt — niepodpisany')

  // Preview, save the PDF and read it back as an auditor would.
  await person.getByRole('button', { name: 'Podgląd i druk' }).click()
  const preview = page.getByRole('dialog', { name: /Podgląd wydruku: Kontrakt socjalny/ })
  await expect(preview.getByTestId('preview-pages')).toHaveText(/strony A4|stron A4/)
  const target = join(app.dir, 'kontrakt.pdf')
  app.platform.answers.push(target)
  await preview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText('Zapisano PDF')).toBeVisible()
  const pdf = pdfText(target)
  for (const expected of [
    `KONTRAKT SOCJALNY nr ${number}`,
    'Miejski Ośrodek Pomocy Społecznej w Zgierzu',
    'Część I B',
    'Część II B',
    'Grażyna Żółkiewska-Łęcka',
    pesel,
    'Ukończenie kursu magazyniera',
    'Przygotowanie CV i listu motywacyjnego',
    'Udział w kursie magazyniera',
    'Skierowanie na kurs i zwrot kosztów dojazdu',
    'podpis osoby zawierającej kontrakt',
    'podpis pracownika socjalnego',
    'Małgorzata Wójcik',
    'strona 1 z',
  ]) {
    expect(pdf, expected).toContain(expected)
  }
  const info = pdfInfo(target)
  expect(isA4(info.pageSize), info.pageSize).toBe(true)
  expect(info.pages).toBeGreaterThanOrEqual(2)
  expect(info.fonts).toMatch(/NotoSans/)
  pdfToPng(target, `${SCREENSHOTS}/kontrakt`, 80)
  await letNotificationsClose(page)
  await preview.getByRole('button', { name: 'Drukuj' }).click()
  await expect(page.getByText('Wysłano do drukarki')).toBeVisible()
  expect(app.platform.printed.at(-1)).toContain('Żółkiewska-Łęcka')
  await letNotificationsClose(page)
  await preview.getByRole('button', { name: 'Zamknij', exact: true }).click()

  // Signed: no direct edit any more, changes through an aneks.
  await person.getByRole('button', { name: 'Oznacz jako podpisany' }).click()
  await page
    .getByRole('dialog', { name: 'Podpisanie kontraktu' })
    .getByRole('button', { name: 'Kontrakt podpisany' })
    .click()
  await expect(person.getByTestId('kontrakt-state')).toHaveText('podpisany')
  await letNotificationsClose(page)
  await page.screenshot({ path: `${SCREENSHOTS}/kontrakt-panel.png` })
  await expect(person.getByRole('button', { name: 'Edytuj' })).toHaveCount(0)
  await person.getByRole('button', { name: 'Aneks' }).click()
  const aneks = page.getByRole('dialog', { name: /Aneks do kontraktu socjalnego/ })
  await aneks
    .getByRole('textbox', { name: 'Czego dotyczy zmiana (uzasadnienie)' })
    .fill('Kurs przełożony przez organizatora.')
  await fillDate(aneks.getByRole('textbox', { name: 'Obowiązuje do' }), addMonthsClamped(start, 10))
  await aneks.getByRole('button', { name: 'Zapisz aneks' }).click()
  await expect(aneks).toBeHidden()
  await expect(
    person.getByText(`Nr 1 z ${formatDate(today)}: Kurs przełożony przez organizatora.`),
  ).toBeVisible()

  // Evaluation, goal by goal.
  await person.getByRole('button', { name: 'Ocena realizacji' }).click()
  const evaluation = page.getByRole('dialog', { name: `Ocena realizacji kontraktu nr ${number}` })
  await evaluation
    .getByRole('row', { name: /Ukończenie kursu magazyniera/ })
    .getByText('osiągnięty', { exact: true })
    .click()
  await evaluation.getByRole('button', { name: 'Zapisz ocenę' }).click()
  await expect(evaluation.getByText('Oceń realizację tego celu.')).toBeVisible()
  await evaluation
    .getByRole('row', { name: /Przygotowanie CV/ })
    .getByText('osiągnięty częściowo', { exact: true })
    .click()
  await evaluation.getByRole('textbox', { name: 'Co osiągnięto' }).fill('Kurs ukończony, CV w przygotowaniu.')
  await evaluation.getByRole('button', { name: 'Zapisz ocenę' }).click()
  await expect(evaluation).toBeHidden()

  // The timeline shows the aneks and the evaluation; each prints on its own.
  await person.getByRole('tab', { name: 'Oś czasu' }).click()
  const timeline = person.getByLabel('Oś czasu uczestnika')
  await expect(timeline).toContainText(`Aneks nr 1 do kontraktu nr ${number}`)
  await expect(timeline).toContainText(`Ocena realizacji kontraktu nr ${number}`)
  await expect(timeline).toContainText('Rozpoczęcie uczestnictwa w KIS')
  await letNotificationsClose(page)
  await page.screenshot({ path: `${SCREENSHOTS}/timeline.png` })
  const aneksEntry = timeline.locator('.mantine-Timeline-item', { hasText: 'Aneks nr 1' })
  await aneksEntry.getByRole('button', { name: 'Drukuj' }).click()
  const aneksPreview = page.getByRole('dialog', { name: /Podgląd wydruku: Aneks nr 1/ })
  await expect(aneksPreview.getByTestId('preview-pages')).toHaveText(/A4/)
  await letNotificationsClose(page)
  await aneksPreview.getByRole('button', { name: 'Drukuj' }).click()
  await expect.poll(() => app.platform.printed.at(-1) ?? '').toContain('ANEKS NR 1')
  const aneksPdf = join(app.dir, 'aneks.pdf')
  app.platform.answers.push(aneksPdf)
  await letNotificationsClose(page)
  await aneksPreview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText(aneksPdf)).toBeVisible()
  expect(pdfText(aneksPdf)).toContain(
    `Termin zakończenia kontraktu: ${formatDate(end)} → ${formatDate(addMonthsClamped(start, 10))}.`,
  )
  pdfToPng(aneksPdf, `${SCREENSHOTS}/aneks`, 80)
  await letNotificationsClose(page)
  await aneksPreview.getByRole('button', { name: 'Zamknij', exact: true }).click()
  const evaluationEntry = timeline.locator('.mantine-Timeline-item', { hasText: 'Ocena realizacji' })
  await evaluationEntry.getByRole('button', { name: 'Drukuj' }).click()
  const evaluationPreview = page.getByRole('dialog', { name: /Podgląd wydruku: Ocena realizacji/ })
  const evaluationPdf = join(app.dir, 'ocena.pdf')
  app.platform.answers.push(evaluationPdf)
  await expect(evaluationPreview.getByTestId('preview-pages')).toHaveText(/A4/)
  await letNotificationsClose(page)
  await evaluationPreview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText(evaluationPdf)).toBeVisible()
  expect(pdfText(evaluationPdf)).toContain('OCENA REALIZACJI KONTRAKTU SOCJALNEGO')
  pdfToPng(evaluationPdf, `${SCREENSHOTS}/ocena`, 80)
  await letNotificationsClose(page)
  await evaluationPreview.getByRole('button', { name: 'Zamknij', exact: true }).click()

  // Close after more than six months: a graduate, and the zaświadczenie comes up at once.
  await person.getByRole('tab', { name: 'Uczestnictwo' }).click()
  await person.getByRole('button', { name: 'Zakończ uczestnictwo' }).click()
  const closing = page.getByRole('dialog', { name: 'Zakończenie uczestnictwa w KIS' })
  await choose(closing, 'Przyczyna zakończenia', 'podjęcie zatrudnienia')
  await closing.getByRole('button', { name: 'Zakończ uczestnictwo' }).click()
  await expect(
    closing.getByText('Przy zakończeniu z powodu podjęcia zatrudnienia podaj datę zatrudnienia.'),
  ).toBeVisible()
  await choose(closing, 'Przyczyna zakończenia', 'ukończenie programu')
  await expect(closing.getByTestId('graduate-preview')).toHaveText(
    'Absolwent: uczestnictwo trwało sześć miesięcy lub dłużej.',
  )
  await closing.getByRole('button', { name: 'Zakończ uczestnictwo' }).click()
  await expect(closing).toBeHidden()
  const certificate = page.getByRole('dialog', {
    name: /Podgląd wydruku: Zaświadczenie o uczestnictwie w KIS/,
  })
  const certificatePdf = join(app.dir, 'zaswiadczenie.pdf')
  app.platform.answers.push(certificatePdf)
  await expect(certificate.getByTestId('preview-pages')).toHaveText('1 strona A4')
  await letNotificationsClose(page)
  await certificate.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText(certificatePdf)).toBeVisible()
  const certificateText = pdfText(certificatePdf)
  expect(certificateText).toContain('ZAŚWIADCZENIE')
  expect(certificateText).toContain('Grażyna Żółkiewska-Łęcka')
  expect(certificateText).toContain('uczestniczyła')
  expect(certificateText).toContain(formatDate(start))
  expect(certificateText).toContain(formatDate(today))
  pdfToPng(certificatePdf, `${SCREENSHOTS}/zaswiadczenie`, 80)
  await letNotificationsClose(page)
  await certificate.getByRole('button', { name: 'Zamknij', exact: true }).click()
  await expect(person.getByTestId('graduate-badge')).toHaveText('absolwent')

  await person.getByRole('tab', { name: 'Oś czasu' }).click()
  await expect(timeline).toContainText('Zakończenie uczestnictwa: ukończenie programu')
  await expect(timeline).toContainText('absolwent (6 miesięcy lub dłużej)')
})

test('shows the deadlines board on the start page: actions due or overdue, kontrakty to evaluate, six months near', async ({
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const today = todayIso()
  await page.evaluate(
    async ({ today, start, nearStart, pesels }) => {
      const ok = async <T>(
        pending: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>,
      ) => {
        const result = await pending
        if (!result.ok) throw new Error(result.error.message)
        return result.data
      }
      const worker = await ok(
        window.api.staff.create({
          fullName: 'Małgorzata Wójcik',
          position: 'pracownik socjalny',
          phone: '',
          active: true,
        }),
      )
      const person = (firstName: string, lastName: string, pesel: string) =>
        ok(
          window.api.participants.create({
            firstName,
            lastName,
            identityKind: 'pesel',
            pesel,
            idDocument: '',
            birthDate: '',
            sex: '',
            address: '',
            phone: '',
            email: '',
            admissionDate: start,
            targetGroups: ['dlugotrwale_bezrobotni'],
            otherGroupReason: '',
            exclusions: [],
            therapyCompleted: false,
            notes: '',
            status: 'aktywny',
          }),
        )
      const open = (participantId: number, startDate: string) =>
        ok(
          window.api.participations.open({
            participantId,
            startDate,
            referralKind: 'ops',
            referringWorkerId: worker.id,
            pupReferralNumber: '',
            pupReferralDate: '',
            targetGroups: ['dlugotrwale_bezrobotni'],
            otherGroupReason: '',
            notes: '',
          }),
        )
      const jerzy = await person('Jerzy', 'Ślązak', pesels[0]!)
      const participation = await open(jerzy.id, start)
      const action = (description: string, deadline: string, side: 'osoba' | 'osrodek') => ({
        id: null,
        side,
        description,
        deadline,
        responsible: side === 'osoba' ? 'Jerzy Ślązak' : 'Małgorzata Wójcik',
        status: 'zaplanowane' as const,
      })
      const addDays = (iso: string, days: number) => {
        const d = new Date(`${iso}T12:00:00Z`)
        d.setUTCDate(d.getUTCDate() + days)
        return d.toISOString().slice(0, 10)
      }
      const kontrakt = await ok(
        window.api.kontrakty.create({
          participationId: participation.id,
          data: {
            variant: 'A',
            concludedOn: start,
            place: 'Zgierz',
            socialWorkerId: worker.id,
            familyMembers: [],
            situationCauses: 'bezrobocie',
            strengths: 'motywacja',
            limitations: 'zdrowie',
            unemploymentCauses: '',
            barriers: '',
            earlierActivation: '',
            mainGoal: 'Samodzielność',
            goals: [{ id: null, text: 'Uregulowanie zadłużenia' }],
            actions: [
              action('Złożenie wniosku o rozłożenie długu na raty', addDays(today, -3), 'osoba'),
              action('Rozmowa z zarządcą budynku', addDays(today, 10), 'osrodek'),
              action('Kurs komputerowy', addDays(today, 40), 'osoba'),
            ],
            expectedEffects: 'Spłata długu',
            endDate: addDays(today, 90),
          },
        }),
      )
      await ok(window.api.kontrakty.sign({ id: kontrakt.id }))
      const ewa = await person('Ewa', 'Kędzierska', pesels[1]!)
      await open(ewa.id, nearStart)
    },
    {
      today,
      start: addMonthsClamped(today, -4),
      nearStart: addMonthsClamped(addDays(today, 15), -6),
      pesels: [makePesel('1970-01-20', 'M', 7), makePesel('1988-12-01', 'K', 8)],
    },
  )
  await page.reload()
  await goTo(page, 'Start')
  await expect(page.getByRole('heading', { name: 'Start', exact: true })).toBeVisible()
  const actions = page.getByRole('table', { name: 'Terminy działań' })
  await expect(actions.getByRole('row')).toHaveCount(3)
  await expect(actions.getByRole('row').nth(1)).toContainText('Złożenie wniosku o rozłożenie długu na raty')
  await expect(actions.getByRole('row').nth(1)).toContainText('zaległe')
  await expect(actions.getByRole('row').nth(2)).toContainText('Rozmowa z zarządcą budynku')
  await expect(actions).not.toContainText('Kurs komputerowy')
  await expect(page.getByRole('table', { name: 'Kontrakty do oceny' })).toContainText('Ślązak Jerzy')
  const six = page.getByRole('table', { name: 'Uczestnictwa bliskie sześciu miesięcy' })
  await expect(six).toContainText('Kędzierska Ewa')
  await expect(six).toContainText(formatDate(sixMonthsReachedOn(addMonthsClamped(addDays(today, 15), -6))))
  await page.screenshot({ path: `${SCREENSHOTS}/start.png`, fullPage: true })

  // A row opens the person's view on the kontrakt.
  await actions.getByRole('row').nth(1).click()
  const person = page.getByRole('dialog', { name: 'Ślązak Jerzy — przebieg w KIS' })
  await expect(person.getByRole('heading', { name: /Kontrakt socjalny nr KS\/1\// })).toBeVisible()
})

test('marks the attendance of a whole group class in one go', async ({ page }) => {
  const today = todayIso()
  await page.evaluate(
    async ({ start, pesels }) => {
      const worker = await window.api.staff.create({
        fullName: 'Anna Lis',
        position: '',
        phone: '',
        active: true,
      })
      if (!worker.ok) throw new Error(worker.error.message)
      for (const [i, pesel] of pesels.entries()) {
        const p = await window.api.participants.create({
          firstName: ['Łucja', 'Żaneta', 'Ignacy'][i]!,
          lastName: 'Grupowa',
          identityKind: 'pesel',
          pesel,
          idDocument: '',
          birthDate: '',
          sex: '',
          address: '',
          phone: '',
          email: '',
          admissionDate: start,
          targetGroups: ['niepelnosprawni'],
          otherGroupReason: '',
          exclusions: [],
          therapyCompleted: false,
          notes: '',
          status: 'aktywny',
        })
        if (!p.ok) throw new Error(p.error.message)
        const opened = await window.api.participations.open({
          participantId: p.data.id,
          startDate: start,
          referralKind: 'ops',
          referringWorkerId: worker.data.id,
          pupReferralNumber: '',
          pupReferralDate: '',
          targetGroups: ['niepelnosprawni'],
          otherGroupReason: '',
          notes: '',
        })
        if (!opened.ok) throw new Error(opened.error.message)
      }
    },
    {
      start: addMonthsClamped(today, -1),
      pesels: [
        makePesel('1990-02-02', 'K', 11),
        makePesel('1991-03-03', 'K', 12),
        makePesel('1992-04-04', 'M', 13),
      ],
    },
  )
  await goTo(page, 'Zajęcia grupowe')
  await page.getByRole('button', { name: 'Nowe zajęcia' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nowe zajęcia grupowe' })
  await dialog.getByRole('textbox', { name: 'Temat zajęć' }).fill('Trening umiejętności społecznych')
  await dialog.getByRole('button', { name: 'Zapisz zajęcia i obecność' }).click()
  await expect(dialog.getByText('Zaznacz co najmniej jedną obecną osobę.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Zaznacz wszystkich' }).click()
  await dialog.getByRole('checkbox', { name: /Grupowa Ignacy/ }).uncheck()
  await expect(dialog.getByText('Lista obecności (2 z 3)')).toBeVisible()
  await dialog.getByRole('button', { name: 'Zapisz zajęcia i obecność' }).click()
  await expect(dialog).toBeHidden()
  const list = page.getByRole('table', { name: 'Zajęcia grupowe' })
  await expect(list.getByRole('row').nth(1)).toContainText('Trening umiejętności społecznych')
  await expect(list.getByRole('row').nth(1)).toContainText('2')
})
