// Renders a PDF's pages to canvases with pdf.js: the same preview in Electron and in Chromium tests.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

export async function renderPdfPages(
  pdfBase64: string,
  container: HTMLElement,
  scale = 1.25,
): Promise<number> {
  // pdf.js is a third of the screens' code: it is loaded with the first preview, not with every section.
  const { getDocument, GlobalWorkerOptions } = await import('pdfjs-dist')
  GlobalWorkerOptions.workerSrc = workerUrl
  const data = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0))
  const task = getDocument({ data })
  const pdf = await task.promise
  container.replaceChildren()
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const viewport = page.getViewport({ scale })
    const canvas = document.createElement('canvas')
    canvas.width = Math.floor(viewport.width)
    canvas.height = Math.floor(viewport.height)
    canvas.setAttribute('aria-label', `Strona ${n} z ${pdf.numPages}`)
    canvas.setAttribute('role', 'img')
    canvas.style.cssText =
      'display:block;margin:0 auto 12px;box-shadow:0 1px 4px rgba(0,0,0,.3);background:#fff'
    container.append(canvas)
    await page.render({ canvas, viewport }).promise
  }
  const pages = pdf.numPages
  await task.destroy()
  return pages
}
