// What only Electron can do, behind one interface: services and handlers use it, the Electron main
// supplies the real thing, and the tests supply Chromium (for PDFs) and scripted dialogs.

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Renders a complete HTML document (print CSS, fonts embedded) to an A4 PDF. */
  renderPdf(html: string): Promise<Uint8Array>
  /** Opens the system print dialog for the document. Resolves false when the user cancels. */
  print(html: string): Promise<boolean>
  /** Asks where to save a file; null when the user cancels. */
  chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null>
  /** Asks for a file to open; null when the user cancels. */
  chooseOpenPath(filters: FileFilter[]): Promise<string | null>
  /** Asks for a folder (e.g. a USB stick for backups); null when the user cancels. */
  chooseFolder(defaultPath: string): Promise<string | null>
  /** Shows a file in the system file manager. */
  showInFolder(path: string): void
}
