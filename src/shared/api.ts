import type { Api } from './contract'

/**
 * Builds window.api from the channel names. It is self-contained on purpose: the end-to-end tests
 * install the very same function in the page (via its source text) that the preload runs.
 */
export function buildApi(
  channels: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input?: unknown) => invoke(channel, input)
  }
  for (const group of Object.values(api)) Object.freeze(group)
  return Object.freeze(api) as unknown as Api
}
