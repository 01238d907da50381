// One set of PDF options for Electron's printToPDF and for the Chromium tests' page.pdf:
// A4 set explicitly, backgrounds printed, "strona X z Y" in the footer of every page.

export const PAGE_FOOTER =
  '<div style="width:100%;font-size:8pt;font-family:sans-serif;color:#444;text-align:center;">' +
  'strona <span class="pageNumber"></span> z <span class="totalPages"></span></div>'

/** Margins in inches (Chromium's unit for both APIs); the footer sits in the bottom margin. */
export const PAGE_MARGINS_IN = { top: 0.6, bottom: 0.75, left: 0.6, right: 0.6 }

export const A4_MM = { width: 210, height: 297 }

/**
 * Run in the print window before rendering: loads every embedded face. The page is laid out for print
 * only (nothing is on screen), so no layout asks for the fonts; waiting for each face makes sure the PDF
 * never falls back to a system font.
 */
export const LOAD_FONTS_SCRIPT =
  'Promise.all([...document.fonts].map((face) => face.load())).then(() => true)'
