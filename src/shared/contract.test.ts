import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { buildApi } from './api'
import { CHANNELS } from './channels'
import { contract } from './contract'

function fakeInvoke() {
  return vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, data: { channel, input } }))
}

type LooseApi = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>

describe('contract and CHANNELS', () => {
  it('declares exactly one contract entry per channel name', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
  })

  it('names every channel as domain:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+$/)
  })

  it('makes every object input refuse unknown keys', () => {
    for (const channel of CHANNELS) {
      const result = contract[channel].input.safeParse({ unexpected: true })
      expect(result.success, channel).toBe(false)
      const codes = result.error!.issues.map((i) => i.code)
      expect(
        codes.some((c) => c === 'unrecognized_keys' || c === 'invalid_type' || c === 'invalid_union'),
        channel,
      ).toBe(true)
    }
  })

  it('takes no input for app:info and settings:get', () => {
    expect(contract['app:info'].input.safeParse(undefined).success).toBe(true)
    expect(contract['settings:get'].input.safeParse(undefined).success).toBe(true)
    expect(contract['app:info'].input.safeParse(null).success).toBe(false)
  })
})

const DOMAINS = [...new Set(CHANNELS.map((c) => c.split(':')[0]))].sort()

describe('buildApi', () => {
  it('builds api.<domain>.<verb> for every channel, calling invoke with that channel and input', async () => {
    const invoke = fakeInvoke()
    const api = buildApi(CHANNELS, invoke) as unknown as LooseApi
    for (const channel of CHANNELS) {
      const [domain, verb] = channel.split(':') as [string, string]
      const input = { marker: channel }
      invoke.mockClear()
      await expect(api[domain]![verb]!(input)).resolves.toEqual({ ok: true, data: { channel, input } })
      expect(invoke).toHaveBeenCalledTimes(1)
      expect(invoke).toHaveBeenCalledWith(channel, input)
    }
    expect(Object.keys(api).sort()).toEqual(DOMAINS)
    expect(Object.keys(api.participants!).sort()).toEqual(['archive', 'create', 'get', 'list', 'update'])
  })

  it('calls the typed api with the right channel (api.participants.list → participants:list)', async () => {
    const invoke = fakeInvoke()
    const api = buildApi(CHANNELS, invoke)
    await api.participants.list({ search: 'kow' })
    await api.app.info()
    expect(invoke.mock.calls).toEqual([
      ['participants:list', { search: 'kow' }],
      ['app:info', undefined],
    ])
  })

  it('returns a frozen api that the page cannot rewire', () => {
    const api = buildApi(CHANNELS, fakeInvoke()) as unknown as LooseApi
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.isFrozen(api.participants)).toBe(true)
    expect(() => {
      api.participants!.list = () => Promise.resolve('hijacked')
    }).toThrow(TypeError)
    expect(() => {
      api.extra = {}
    }).toThrow(TypeError)
  })

  it('offers nothing beyond the declared channels', () => {
    const api = buildApi(CHANNELS, fakeInvoke()) as unknown as LooseApi
    expect(api.participants!.delete).toBeUndefined()
    expect(api.database).toBeUndefined()
  })

  it('works when rebuilt from its source text with new Function (no outside references)', async () => {
    const rebuilt = new Function(`return (${buildApi.toString()})`)() as typeof buildApi
    const invoke = fakeInvoke()
    const api = rebuilt(CHANNELS, invoke) as unknown as LooseApi
    await api.participants!.create!({ firstName: 'Jan' })
    await api.settings!.update!({ officeName: 'OPS' })
    expect(invoke.mock.calls).toEqual([
      ['participants:create', { firstName: 'Jan' }],
      ['settings:update', { officeName: 'OPS' }],
    ])
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('works when evaluated in a fresh JavaScript realm with only built-in globals', async () => {
    const rebuilt = runInNewContext(`(${buildApi.toString()})`, {}) as typeof buildApi
    const invoke = fakeInvoke()
    const api = rebuilt([...CHANNELS], invoke) as unknown as LooseApi
    await api.participants!.get!({ id: 5 })
    expect(invoke).toHaveBeenCalledWith('participants:get', { id: 5 })
    expect(Object.keys(api).sort()).toEqual(DOMAINS)
  })
})
