// Renders a PDF's pages to canvases with pdf.js: the same preview in Electron and in Chromium tests.
// Every page gets a placeholder of its size at once; a page is drawn only when it scrolls into view
// (a 100-page month of timesheets would otherwise take hundreds of MB of canvases up front).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

export interface PdfPages {
  count: number
  /** Stops drawing and frees the document (the preview closed). */
  dispose: () => void
}

export async function renderPdfPages(
  pdfBase64: string,
  container: HTMLElement,
  scale = 1.25,
): Promise<PdfPages> {
  // pdf.js is a third of the screens' code: it is loaded with the first preview, not with every section.
  const { getDocument, GlobalWorkerOptions } = await import('pdfjs-dist')
  GlobalWorkerOptions.workerSrc = workerUrl
  const data = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0))
  const task = getDocument({ data })
  const pdf = await task.promise
  const first = (await pdf.getPage(1)).getViewport({ scale })
  container.replaceChildren()
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        observer.unobserve(entry.target)
        void drawPage(entry.target as HTMLCanvasElement)
      }
    },
    { rootMargin: '200px 0px' },
  )

  async function drawPage(canvas: HTMLCanvasElement) {
    const page = await pdf.getPage(Number(canvas.dataset.page))
    const viewport = page.getViewport({ scale })
    canvas.width = Math.floor(viewport.width)
    canvas.height = Math.floor(viewport.height)
    await page.render({ canvas, viewport }).promise
    canvas.dataset.drawn = 'true'
  }

  for (let n = 1; n <= pdf.numPages; n++) {
    const canvas = document.createElement('canvas')
    canvas.width = Math.floor(first.width)
    canvas.height = Math.floor(first.height)
    canvas.dataset.page = String(n)
    canvas.setAttribute('aria-label', `Strona ${n} z ${pdf.numPages}`)
    canvas.setAttribute('role', 'img')
    canvas.style.cssText =
      'display:block;margin:0 auto 12px;box-shadow:0 1px 4px rgba(0,0,0,.3);background:#fff'
    container.append(canvas)
    observer.observe(canvas)
  }
  return {
    count: pdf.numPages,
    dispose() {
      observer.disconnect()
      void task.destroy()
    },
  }
}
