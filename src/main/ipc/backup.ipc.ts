import type { BackupService } from '../backup/backup.service'
import type { Handlers } from './handle'

type BackupChannels = Extract<keyof Handlers, `backup:${string}`>

export function backupHandlers(service: BackupService): Pick<Handlers, BackupChannels> {
  return {
    'backup:status': () => service.status(),
    'backup:list': () => ({ backups: service.list() }),
    'backup:progress': () => service.progress(),
    'backup:create': () => service.create(),
    'backup:pick': () => service.chooseRestoreFile(),
    'backup:restore': ({ token }) => service.restoreOffered(token),
    'backup:undo': () => service.undoRestore(),
    'backup:reveal': () => {
      service.showDatabase()
      return undefined
    },
    'backup:export': () => service.exportAll(),
  }
}
