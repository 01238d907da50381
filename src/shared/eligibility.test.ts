import { describe, expect, it } from 'vitest'
import { checkEligibility, EXCLUSION_CODES, type Exclusion, type TargetGroup } from './eligibility'
import { looksPolish } from '../../tests/support/polish'

const therapyOn = { requireTherapyForAddicted: true }
const therapyOff = { requireTherapyForAddicted: false }

function check(
  input: { targetGroups?: TargetGroup[]; exclusions?: Exclusion[]; therapyCompleted?: boolean },
  options = therapyOff,
) {
  return checkEligibility(
    {
      targetGroups: input.targetGroups ?? ['dlugotrwale_bezrobotni'],
      exclusions: input.exclusions ?? [],
      therapyCompleted: input.therapyCompleted ?? false,
    },
    options,
  )
}

// Art. 1 ust. 3 (and the office's own rule on work): what each blocking reason must name.
const BLOCKING: Record<Exclude<Exclusion, 'renta_niezdolnosc'>, RegExp> = {
  zasilek_dla_bezrobotnych: /zasiłku dla bezrobotnych.*art\. 1 ust\. 3\)/,
  zasilek_przedemerytalny: /zasiłku przedemerytalnego.*art\. 1 ust\. 3\)/,
  swiadczenie_przedemerytalne: /świadczenia przedemerytalnego.*art\. 1 ust\. 3\)/,
  renta_strukturalna: /renty strukturalnej.*art\. 1 ust\. 3\)/,
  emerytura: /emerytury.*art\. 1 ust\. 3\)/,
  nauczycielskie_swiadczenie: /nauczycielskiego świadczenia kompensacyjnego.*art\. 1 ust\. 3\)/,
  zatrudnienie: /zatrudnieniu/,
}

describe('checkEligibility', () => {
  it('lets a person with a target group and no exclusion in, with no warnings', () => {
    expect(check({})).toEqual({ blocking: [], warnings: [] })
  })

  it('covers every exclusion code in these tests (a new code needs a decision here)', () => {
    expect([...Object.keys(BLOCKING), 'renta_niezdolnosc'].sort()).toEqual([...EXCLUSION_CODES].sort())
  })

  it.each(Object.entries(BLOCKING) as [Exclusion, RegExp][])(
    'exclusion %s blocks with a Polish reason naming it',
    (code, reason) => {
      const result = check({ exclusions: [code] })
      expect(result.blocking).toHaveLength(1)
      expect(result.blocking[0]).toMatch(reason)
      expect(looksPolish(result.blocking[0]!)).toBe(true)
      expect(result.warnings).toEqual([])
    },
  )

  it('being in work (zatrudnienie) blocks, by the office rule', () => {
    const result = check({ exclusions: ['zatrudnienie'] })
    expect(result.blocking).toEqual([expect.stringContaining('pozostaje w zatrudnieniu')])
  })

  it('renta z tytułu niezdolności do pracy only warns, citing art. 1 ust. 3a', () => {
    const result = check({ exclusions: ['renta_niezdolnosc'] })
    expect(result.blocking).toEqual([])
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/renty z tytułu niezdolności do pracy/)
    expect(result.warnings[0]).toMatch(/art\. 1 ust\. 3a/)
  })

  it('renta warning does not hide a real exclusion given together with it', () => {
    const result = check({ exclusions: ['renta_niezdolnosc', 'emerytura'] })
    expect(result.blocking).toEqual([expect.stringMatching(/emerytury/)])
    expect(result.warnings).toEqual([expect.stringMatching(/art\. 1 ust\. 3a/)])
  })

  it('lists one reason for each blocking exclusion ticked', () => {
    const result = check({ exclusions: ['zasilek_dla_bezrobotnych', 'emerytura', 'zatrudnienie'] })
    expect(result.blocking).toHaveLength(3)
    expect(result.blocking.join(' ')).toMatch(/zasiłku dla bezrobotnych/)
    expect(result.blocking.join(' ')).toMatch(/emerytury/)
    expect(result.blocking.join(' ')).toMatch(/zatrudnieniu/)
  })

  it('blocks a person with no target group, citing art. 1 ust. 2', () => {
    const result = check({ targetGroups: [] })
    expect(result.blocking).toEqual([expect.stringMatching(/grupę docelową \(art\. 1 ust\. 2\)/)])
  })

  it('blocks for both a missing target group and an exclusion at once', () => {
    const result = check({ targetGroups: [], exclusions: ['renta_strukturalna'] })
    expect(result.blocking).toHaveLength(2)
  })

  describe('therapy warning (the office rule, a setting)', () => {
    it.each(['uzaleznieni_alkohol', 'uzaleznieni_narkotyki'] as const)(
      'warns for group %s without completed therapy when the option is on',
      (group) => {
        const result = check({ targetGroups: [group], therapyCompleted: false }, therapyOn)
        expect(result.blocking).toEqual([])
        expect(result.warnings).toEqual([expect.stringMatching(/terapii/)])
      },
    )

    it('does not warn when the option is off', () => {
      expect(check({ targetGroups: ['uzaleznieni_alkohol'] }, therapyOff)).toEqual({
        blocking: [],
        warnings: [],
      })
    })

    it('does not warn when therapy is completed', () => {
      const result = check({ targetGroups: ['uzaleznieni_alkohol'], therapyCompleted: true }, therapyOn)
      expect(result.warnings).toEqual([])
    })

    it('does not warn for a group that is not an addiction group', () => {
      const result = check({ targetGroups: ['bezdomni', 'zaburzenia_psychiczne'] }, therapyOn)
      expect(result.warnings).toEqual([])
    })

    it('warns once when an addiction group is among several groups', () => {
      const result = check(
        { targetGroups: ['bezdomni', 'uzaleznieni_alkohol', 'uzaleznieni_narkotyki'] },
        therapyOn,
      )
      expect(result.warnings).toHaveLength(1)
    })
  })
})
