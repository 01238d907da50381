import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './support/app'
import { makePesel } from '../support/pesel-factory'
import { isA4, pdfInfo, pdfText, pdfToPng } from '../support/pdf'

test.beforeEach(async ({ app }) => {
  await app.open('participants')
})

test('previews the participant card as a real PDF, saves it as A4 with Polish letters and sends it to the printer', async ({
  app,
  page,
}) => {
  const pesel = makePesel('1985-07-14', 'K', 5)
  await page.evaluate(
    (pesel) =>
      window.api.participants.create({
        firstName: 'Zofia',
        lastName: 'Żółć-Gęślą',
        identityKind: 'pesel',
        pesel,
        idDocument: '',
        birthDate: '',
        sex: '',
        address: 'ul. Łąkowa 5, 95-200 Pabianice',
        phone: '',
        email: '',
        admissionDate: '2026-02-02',
        targetGroups: ['dlugotrwale_bezrobotni'],
        otherGroupReason: '',
        exclusions: [],
        therapyCompleted: false,
        notes: 'Pierwsza linia uwag\n<b>nie pogrubiaj</b>',
        status: 'aktywny',
      }),
    pesel,
  )
  await page.reload()
  await page.getByRole('row', { name: /Żółć-Gęślą Zofia/ }).click()
  await page.getByRole('button', { name: 'Drukuj kartę' }).click()
  const preview = page.getByRole('dialog', { name: /Podgląd wydruku/ })
  await expect(preview.getByTestId('preview-pages')).toHaveText('1 strona A4')
  await expect(preview.getByRole('img', { name: 'Strona 1 z 1' })).toBeVisible()
  mkdirSync('test-results/screenshots', { recursive: true })
  await page.screenshot({ path: 'test-results/screenshots/print-preview.png' })

  const target = join(app.dir, 'karta.pdf')
  app.platform.answers.push(target)
  const rendersAfterPreview = app.platform.renders
  await preview.getByRole('button', { name: 'Zapisz PDF' }).click()
  await expect(page.getByText('Zapisano PDF')).toBeVisible()
  expect(existsSync(target)).toBe(true)
  // The saved file is the previewed PDF's bytes, not a second rendering.
  expect(app.platform.renders).toBe(rendersAfterPreview)

  const text = pdfText(target)
  expect(text).toContain('Karta uczestnika Klubu Integracji Społecznej')
  expect(text).toContain('Zofia Żółć-Gęślą')
  expect(text).toContain(pesel)
  expect(text).toContain('ul. Łąkowa 5, 95-200 Pabianice')
  expect(text).toContain('14.07.1985')
  expect(text).toContain('osoba długotrwale bezrobotna')
  expect(text).toContain('<b>nie pogrubiaj</b>')
  expect(text).toContain('podpis uczestnika')
  expect(text).toContain('strona 1 z 1')
  const info = pdfInfo(target)
  expect(info.pages).toBe(1)
  expect(isA4(info.pageSize), info.pageSize).toBe(true)
  expect(info.fonts).toMatch(/NotoSans/)
  pdfToPng(target, 'test-results/screenshots/karta-uczestnika')

  await preview.getByRole('button', { name: 'Drukuj' }).click()
  await expect(page.getByText('Wysłano do drukarki')).toBeVisible()
  expect(app.platform.printed).toHaveLength(1)
  expect(app.platform.printed[0]).toContain('Żółć-Gęślą')
})
