import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { staffInput } from '@shared/staff.schema'
import { createTempDatabase, type TempDatabase } from '../../../tests/support/temp-database'
import { createKis, kontraktData } from '../../../tests/support/kis-fixtures'
import { DomainError } from '../errors'

let temp: TempDatabase
let fx: ReturnType<typeof createKis>

beforeEach(async () => {
  temp = await createTempDatabase()
  fx = createKis(temp, () => new Date('2026-04-01T10:00:00Z'))
})

afterEach(async () => {
  await temp.cleanup()
})

describe('staff list', () => {
  it('adds, edits and deactivates social workers; inactive ones are hidden from the choice list', async () => {
    const maria = await fx.kis.staff.create(
      staffInput.parse({
        fullName: ' Maria Nowak ',
        position: 'pracownik socjalny',
        phone: '',
        active: true,
      }),
    )
    const jan = await fx.addWorker('Jan Wiśniewski')
    await fx.kis.staff.update(jan.id, {
      fullName: 'Jan Wiśniewski',
      position: 'asystent rodziny',
      phone: '',
      active: false,
    })
    expect((await fx.kis.staff.list(false)).map((s) => s.fullName)).toEqual(['Maria Nowak'])
    expect(await fx.kis.staff.list(true)).toMatchObject([
      { id: maria.id, fullName: 'Maria Nowak', active: true, inUse: false },
      { id: jan.id, position: 'asystent rodziny', active: false },
    ])
  })

  it('deletes an unused member but never one referenced by a kontrakt — it may only be deactivated', async () => {
    const unused = await fx.addWorker('Adam Zając')
    await fx.kis.staff.remove(unused.id)
    const worker = await fx.addWorker()
    const person = await fx.addPerson()
    const p = await fx.open(person.id, worker.id)
    await fx.kis.kontrakty.create(p.id, kontraktData(worker.id))
    expect((await fx.kis.staff.get(worker.id)).inUse).toBe(true)
    const error = await fx.kis.staff.remove(worker.id).then(
      () => null,
      (e: unknown) => e as DomainError,
    )
    expect(error).toBeInstanceOf(DomainError)
    expect(error!.message).toBe(
      'Nie można usunąć pracownika Maria Nowak: występuje w kontraktach, skierowaniach, wsparciu lub w zatrudnieniu w KIS (Sprawozdania → Dane do sprawozdań). Oznacz go jako nieaktywnego — historia zachowa nazwisko.',
    )
    // The database refuses it as well.
    expect(() =>
      temp.database.sqlite.prepare('DELETE FROM staff_members WHERE id = ?').run(worker.id),
    ).toThrow(/FOREIGN KEY/)
    const deactivated = await fx.kis.staff.update(worker.id, {
      fullName: 'Maria Nowak',
      position: '',
      phone: '',
      active: false,
    })
    expect(deactivated).toMatchObject({ active: false, inUse: true })
    expect((await fx.kis.kontrakty.listForParticipant(person.id))[0]!.socialWorkerName).toBe('Maria Nowak')
  })

  it('refuses an empty name in Polish', () => {
    const result = staffInput.safeParse({ fullName: '  ', position: '', phone: '', active: true })
    expect(result.error!.issues[0]!.message).toBe('Podaj imię i nazwisko pracownika.')
  })
})

describe('office details', () => {
  it('gives defaults, stores the details beside the general settings and shares the office name with them', async () => {
    const office = fx.kis.office
    expect(await office.get()).toEqual({
      officeName: 'Ośrodek Pomocy Społecznej',
      officeAddress: '',
      officePlace: '',
      kontraktPrefix: 'KS',
      kisName: '',
      kisAddress: '',
      kisRegisterNumber: '',
      kisRegisterDate: '',
    })
    const saved = await office.update({
      officeName: 'Miejski Ośrodek Pomocy Społecznej w Zgierzu',
      officeAddress: 'ul. Łęczycka 24, 95-100 Zgierz',
      officePlace: 'Zgierz',
      kontraktPrefix: 'MOPS.KS',
      kisName: 'Klub Integracji Społecznej „Razem”',
      kisAddress: 'ul. Długa 5, 95-100 Zgierz',
      kisRegisterNumber: 'KIS/12/2016',
      kisRegisterDate: '2016-05-10',
    })
    expect(await office.get()).toEqual(saved)
    const stored = temp.database.sqlite
      .prepare("SELECT value FROM settings WHERE key = 'officeName'")
      .pluck()
      .get()
    expect(stored).toBe('"Miejski Ośrodek Pomocy Społecznej w Zgierzu"')
  })

  it('falls back to the default for a damaged value', async () => {
    temp.database.sqlite
      .prepare("INSERT INTO settings (key, value) VALUES ('kontraktPrefix', '\"KS 12\"')")
      .run()
    temp.database.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('officePlace', '{zepsute')").run()
    expect(await fx.kis.office.get()).toMatchObject({ kontraktPrefix: 'KS', officePlace: '' })
  })
})
