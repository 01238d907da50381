/** A database file that was not opened, with a Polish reason; the file was left as it was. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError'
}
