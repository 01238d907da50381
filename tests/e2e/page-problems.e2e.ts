// The harness itself: a test whose page throws or whose page the CSP refuses something fails.
// test.fail() marks each as expected to fail, so this file passes only if the harness catches them.
import { test } from './support/app'

test('fails a test when the page throws', async ({ page }) => {
  test.fail()
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('test: an exception in the page')
    }),
  )
  await page.waitForTimeout(200)
})

test('fails a test when the CSP refuses an inline script', async ({ page }) => {
  test.fail()
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
  })
  await page.waitForTimeout(200)
})

test('passes a quiet page', async ({ page }) => {
  await page.waitForTimeout(50)
})
