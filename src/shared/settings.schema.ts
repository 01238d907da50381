import { z } from './zod-pl'
import { backupRetention, DEFAULT_BACKUP_RETENTION } from './backup.schema'

export const settingsSchema = z.strictObject({
  officeName: z.string().trim().max(200, 'Nazwa ośrodka może mieć najwyżej 200 znaków.'),
  /** The office's own rule (DOMAIN.md §2): warn when an addicted person has not completed therapy. */
  requireTherapyForAddicted: z.boolean(),
  /** Automatic backups kept (Kopie zapasowe). */
  backupRetention,
})
export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  officeName: 'Ośrodek Pomocy Społecznej',
  requireTherapyForAddicted: true,
  backupRetention: DEFAULT_BACKUP_RETENTION,
}
