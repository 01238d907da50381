// Text that could deceive a reader: bidi override characters (which show "Kowalska" spelled
// backwards, or a different number than the one stored) are stripped from what is saved and from
// every printed field; a spreadsheet never runs a cell as a formula, full-width signs included; and
// the participant card's document title (the PDF's title, the print job's name) names no one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tableToCsv } from '../../src/main/exports/csv'
import { buildTable } from '../../src/main/exports/table'
import { createAppDispatch } from '../../src/main/ipc/handlers'
import type { Dispatch } from '../../src/main/ipc/handle'
import { renderKartaUczestnika } from '../../src/main/printing/documents/karta-uczestnika'
import type { ParticipantRecord } from '../../src/shared/participant.schema'
import { participantForm } from '../support/backup-data'
import { createTempDatabase, type TempDatabase } from '../support/temp-database'
import { UNUSED_PLATFORM } from '../support/test-platform'

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']
const hasBidi = (text: string) => BIDI.some((c) => text.includes(c))

let temp: TempDatabase
let dispatch: Dispatch

beforeEach(async () => {
  temp = await createTempDatabase()
  dispatch = createAppDispatch({ database: temp.database, appVersion: 'test', platform: UNUSED_PLATFORM })
})

afterEach(() => temp.cleanup())

async function createPerson(change: Record<string, unknown>): Promise<ParticipantRecord> {
  const result = await dispatch('participants:create', participantForm(change))
  if (!result.ok) throw new Error(result.error.message)
  return result.data as ParticipantRecord
}

const card = (participant: ParticipantRecord) =>
  renderKartaUczestnika({
    officeName: 'MOPS\u202e w Zgierzu',
    participant,
    printedAt: new Date('2026-03-05T10:00:00Z'),
  })

describe('bidi override characters', () => {
  it('are stripped from names and every other text a participant is saved with', async () => {
    const saved = await createPerson({
      firstName: '\u2067Anna\u2069',
      lastName: 'Kowal\u202eaksw',
      address: 'ul. \u202dDługa\u202c 1',
      notes: 'tel. \u202e987 654 321',
    })
    expect(saved).toMatchObject({ firstName: 'Anna', lastName: 'Kowalaksw', address: 'ul. Długa 1' })
    const stored = temp.database.sqlite
      .prepare('SELECT first_name, last_name, address, notes, search_text, sort_name FROM participants')
      .raw()
      .get() as string[]
    expect(stored.filter(hasBidi)).toEqual([])
  })

  it('never reach a printed document, even from records saved before they were stripped', async () => {
    const saved = await createPerson({ lastName: 'Nowak' })
    const old = { ...saved, lastName: 'Now\u202eak', address: '\u2066ul. Krótka 2\u2069', notes: 'a\u202bb' }
    const { html } = card(old)
    expect(hasBidi(html)).toBe(false)
    expect(html).toContain('Nowak')
  })
})

describe('the CSV formula guard', () => {
  it.each(['=SUMA(A1)', '+48 600', '-1', '@A1', '＝SUMA(A1)', '＋1', '－1', '＠A1', '\tcmd', '\rcmd'])(
    'keeps %j from running as a formula',
    (text) => {
      const csv = tableToCsv(
        buildTable('Lista', [{ header: 'Uwagi', value: (r: { v: string }) => r.v }], [{ v: text }]),
      )
      const cell = csv.split('\r\n')[1]!
      expect(cell.startsWith(`"'`), cell).toBe(true)
    },
  )

  it('strips bidi overrides from exported cells', () => {
    const csv = tableToCsv(
      buildTable('Lista', [{ header: 'Nazwisko', value: () => 'Kowal\u202eaksw' }], [{}]),
    )
    expect(hasBidi(csv)).toBe(false)
  })
})

describe("the participant card's document title", () => {
  it('carries no personal name (it becomes the PDF title and the print job name)', async () => {
    const saved = await createPerson({ firstName: 'Zofia', lastName: 'Żółkiewska' })
    const doc = card(saved)
    const title = /<title>([^<]*)<\/title>/.exec(doc.html)![1]!
    expect(title).toBe(`Karta uczestnika KIS nr ${saved.id}`)
    expect(`${title} ${doc.fileName}`).not.toMatch(/Zofia|Żółkiewska/)
  })
})
