import type { SettingsService } from '../settings/settings.service'
import type { Handlers } from './handle'

export function settingsHandlers(
  service: SettingsService,
): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => service.get(),
    'settings:update': (settings) => service.update(settings),
  }
}
