// Channel names only, so the sandboxed preload can build window.api without bundling zod.
export const CHANNELS = [
  'app:info',
  'participants:list',
  'participants:get',
  'participants:create',
  'participants:update',
  'participants:archive',
  'exports:list',
  'documents:preview',
  'documents:print',
  'documents:save',
  'settings:get',
  'settings:update',
] as const

export type Channel = (typeof CHANNELS)[number]
