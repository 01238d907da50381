import { pluralPl } from '@shared/text'

/** "dziś", "wczoraj", "5 dni temu". */
export function formatAge(days: number): string {
  if (days <= 0) return 'dziś'
  if (days === 1) return 'wczoraj'
  return `${days} ${pluralPl(days, 'dzień', 'dni', 'dni')} temu`
}
