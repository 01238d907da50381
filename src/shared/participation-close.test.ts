import { describe, expect, it } from 'vitest'
import { kontraktOnClose } from './participation.schema'

describe('the kontrakt socjalny when a participation closes', () => {
  it('refuses "not keeping the kontrakt" without one, but not with a draft or a signed one', () => {
    expect(
      kontraktOnClose({ endReason: 'przerwanie_kontrakt', graduate: false, kontrakt: 'brak' }).refusal,
    ).toMatch(/nie ma kontraktu socjalnego/)
    expect(
      kontraktOnClose({ endReason: 'przerwanie_kontrakt', graduate: false, kontrakt: 'projekt' }).refusal,
    ).toBeNull()
    expect(
      kontraktOnClose({ endReason: 'przerwanie_kontrakt', graduate: true, kontrakt: 'podpisany' }),
    ).toEqual({
      refusal: null,
      warning: null,
    })
  })

  it('warns for an absolwent or a finished programme without a signed kontrakt, and only then', () => {
    expect(kontraktOnClose({ endReason: 'rezygnacja', graduate: true, kontrakt: 'brak' }).warning).toMatch(
      /nie ma kontraktu socjalnego.*jako absolwent/,
    )
    expect(
      kontraktOnClose({ endReason: 'ukonczenie', graduate: false, kontrakt: 'projekt' }).warning,
    ).toMatch(/ma tylko projekt kontraktu.*jako ukończenie programu/)
    expect(kontraktOnClose({ endReason: 'rezygnacja', graduate: false, kontrakt: 'brak' }).warning).toBeNull()
    expect(
      kontraktOnClose({ endReason: 'ukonczenie', graduate: true, kontrakt: 'podpisany' }).warning,
    ).toBeNull()
  })
})
