import type { BackupProgress } from '@shared/backup.schema'
import { pluralPl } from '@shared/text'

export const OPERATION_LABELS: Record<NonNullable<BackupProgress>['operation'], string> = {
  kopia: 'Tworzenie i sprawdzanie kopii',
  przywracanie: 'Przywracanie kopii',
  eksport: 'Eksport danych',
}

/** "dziś", "wczoraj", "5 dni temu". */
export function formatAge(days: number): string {
  if (days <= 0) return 'dziś'
  if (days === 1) return 'wczoraj'
  return `${days} ${pluralPl(days, 'dzień', 'dni', 'dni')} temu`
}
