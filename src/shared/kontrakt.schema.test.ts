import { describe, expect, it } from 'vitest'
import { kontraktForm } from '../../tests/support/kis-fixtures'
import { aneksInput, FAMILY_ONLY_IN_A, hasPupReferral, kontraktInput } from './kontrakt.schema'

const SISTER = { fullName: 'Anna Żółw', pesel: '', relation: 'siostra', address: '' }

describe('kontrakt socjalny variant B (rozporządzenie z 8.11.2010, Dz.U. 2010 nr 218 poz. 1439)', () => {
  it('variant B has no family members (rozporządzenie z 8.11.2010, Dz.U. 2010 nr 218 poz. 1439)', () => {
    const result = kontraktInput.safeParse(kontraktForm(1, { variant: 'B', familyMembers: [SISTER] }))
    expect(result.success).toBe(false)
    expect(result.error!.issues).toMatchObject([{ path: ['familyMembers'], message: FAMILY_ONLY_IN_A }])
    expect(FAMILY_ONLY_IN_A).toBe(
      'Kontrakt w wariancie B zawiera się tylko z osobą i pracownikiem socjalnym — usuń członków rodziny albo wybierz wariant A.',
    )
  })

  it('variant A keeps family members as parties, and B without them passes', () => {
    const a = kontraktInput.parse(kontraktForm(1, { variant: 'A', familyMembers: [SISTER] }))
    expect(a.familyMembers).toEqual([SISTER])
    expect(kontraktInput.safeParse(kontraktForm(1, { variant: 'B', familyMembers: [] })).success).toBe(true)
  })

  it('refuses family members on B in an aneks too, on the path of its terms', () => {
    const result = aneksInput.safeParse({
      id: 1,
      aneksDate: '2025-10-01',
      description: 'Dołączenie siostry.',
      data: kontraktForm(1, { variant: 'B', familyMembers: [SISTER] }),
    })
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['data.familyMembers', FAMILY_ONLY_IN_A],
    ])
  })

  it('variant B assumes a PUP referral: recorded only with the kind "pup", its number and its date', () => {
    const pup = { referralKind: 'pup', pupReferralNumber: 'CAZ.5431.12.2025', pupReferralDate: '2025-08-20' }
    expect(hasPupReferral({ ...pup, referralKind: 'pup' })).toBe(true)
    expect(hasPupReferral({ ...pup, referralKind: 'ops' })).toBe(false)
    expect(hasPupReferral({ ...pup, referralKind: 'pup', pupReferralNumber: null })).toBe(false)
    expect(hasPupReferral({ ...pup, referralKind: 'pup', pupReferralDate: null })).toBe(false)
  })
})
