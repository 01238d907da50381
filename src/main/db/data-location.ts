// Where the database file lives, judged from its path alone: SQLite on a network share or in a
// folder that another program syncs (OneDrive, a roaming profile) can lose or tear saves when the
// connection drops or the sync copies the file mid-save, and locks between computers are not reliable.

/** The environment variables Windows sets that say where a user's folders really are. */
export interface LocationEnv {
  APPDATA?: string
  HOMEDRIVE?: string
  HOMESHARE?: string
  USERDNSDOMAIN?: string
  OneDrive?: string
  OneDriveCommercial?: string
  OneDriveConsumer?: string
}

const ADVICE =
  'Trzymaj bazę na dysku lokalnym komputera (np. C:\\KIS), a kopie zapasowe na serwerze lub pendrive.'
const SYNCED_FOLDER = /^(onedrive( - .+)?|dropbox|google drive|icloud ?drive)$/i

/** A Polish warning when the database should not stay where it is, or null. */
export function dataLocationWarning(dbFile: string, env: LocationEnv): string | null {
  const path = windowsForm(dbFile)
  if (/^\\\\\?\\unc\\/i.test(path) || /^\\\\(?![?.]\\)[^\\]+\\/.test(path)) {
    return `Plik bazy leży w folderze sieciowym (${serverOf(path)}). Przerwane połączenie z serwerem może uszkodzić zapis, a blokady między komputerami nie zawsze działają. ${ADVICE}`
  }
  if (env.HOMESHARE && env.HOMEDRIVE && isUnder(path, env.HOMEDRIVE)) {
    return `Plik bazy leży na dysku ${env.HOMEDRIVE.toUpperCase()}, który jest folderem domowym na serwerze (${env.HOMESHARE}). Przerwane połączenie z serwerem może uszkodzić zapis. ${ADVICE}`
  }
  const syncRoots = [env.OneDrive, env.OneDriveCommercial, env.OneDriveConsumer].filter(Boolean) as string[]
  const syncedSegment = path.split('\\').find((segment) => SYNCED_FOLDER.test(segment))
  if (syncedSegment || syncRoots.some((root) => isUnder(path, root))) {
    return `Plik bazy leży w folderze synchronizowanym z chmurą (${syncedSegment ?? 'OneDrive'}). Program synchronizujący kopiuje plik także w trakcie zapisu i może go uszkodzić albo zrobić z niego dwie wersje. ${ADVICE}`
  }
  if (env.APPDATA && env.USERDNSDOMAIN && isUnder(path, env.APPDATA)) {
    return `Plik bazy leży w profilu użytkownika domeny ${env.USERDNSDOMAIN} (${env.APPDATA}). Jeśli w ośrodku działają profile mobilne, Windows kopiuje ten folder na serwer przy wylogowaniu, a przy logowaniu na innym komputerze może przywrócić starszą wersję bazy. Zapytaj informatyka; w razie wątpliwości przenieś bazę na dysk lokalny (np. C:\\KIS).`
  }
  return null
}

function windowsForm(path: string): string {
  return path.replace(/\//g, '\\')
}

function isUnder(path: string, folder: string): boolean {
  const root = windowsForm(folder).replace(/\\+$/, '').toLowerCase()
  const lower = path.toLowerCase()
  return lower === root || lower.startsWith(`${root}\\`)
}

function serverOf(path: string): string {
  const parts = path
    .replace(/^\\\\\?\\unc\\/i, '\\\\')
    .split('\\')
    .filter(Boolean)
  return `\\\\${parts.slice(0, 2).join('\\')}`
}
