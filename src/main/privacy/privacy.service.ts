// Personal data on request, retention and anonymisation. The audit log records each of these at the
// IPC layer (audit-actions.ts); the anonymisation's entry commits in its own transaction.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { formatDateTime, todayIso } from '@shared/dates'
import { foldForSearch } from '@shared/text'
import type { PersonExported, RetentionOverview, RetentionSettings } from '@shared/privacy.schema'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import type { Platform } from '../platform/platform'
import { buildFolderWhole, writeWhole } from '../platform/user-files'
import { tablesToXlsx } from '../exports/xlsx'
import { renderDaneOsoby, type DaneOsobyData } from '../printing/documents/dane-osoby'
import { PERSON_SECTIONS } from './person-sections'
import { formattedRows, sectionJson, sectionTable, type SectionData } from './person-format'
import { retentionDue } from './retention-rule'
import * as repo from './privacy.repo'

export type PrivacyService = ReturnType<typeof createPrivacyService>

export interface PrivacySources {
  platform: Platform
  officeName: () => Promise<string>
  /** Where the folder dialog opens. */
  defaultFolder: () => string
}

/** A table prints only the columns that hold something, so wide sections stay readable on A4. */
function printedSection(s: SectionData): DaneOsobyData['sections'][number] {
  const rows = formattedRows(s)
  const keep = s.section.columns.flatMap((c, i) =>
    s.section.layout === 'records' || rows.some((r) => r[i] !== '') ? [i] : [],
  )
  const compact = (kind: unknown) => ['date', 'datetime', 'money', 'minutes'].includes(String(kind))
  return {
    title: s.section.title,
    layout: s.section.layout,
    labels: keep.map((i) => s.section.columns[i]!.label),
    nowrap: keep.map((i) => compact(s.section.columns[i]!.kind)),
    rows: rows.map((r) => keep.map((i) => r[i]!)),
  }
}

export function createPrivacyService(
  db: Kysely<Database>,
  sources: PrivacySources,
  now: () => Date = () => new Date(),
) {
  async function person(id: number, purpose: string) {
    const row = await repo.findPerson(db, id)
    if (!row) throw notFound(`uczestnik o numerze ${id}`)
    if (row.anonymisedAt) {
      throw new DomainError(
        'CONFLICT',
        `Osoba nr ${id} została zanonimizowana ${formatDateTime(row.anonymisedAt)} — ${purpose} Nic nie zostało zmienione.`,
      )
    }
    return row
  }

  async function gather(id: number): Promise<SectionData[]> {
    const data: SectionData[] = []
    for (const section of PERSON_SECTIONS)
      data.push({ section, rows: await repo.sectionRows(db, section, id) })
    return data
  }

  return {
    async retention(): Promise<RetentionOverview> {
      const periods = await repo.findRetention(db)
      const today = todayIso(now())
      const due = (await repo.recordEnds(db)).flatMap((p) => retentionDue(p, periods, today) ?? [])
      return { periods, due }
    },

    async saveRetention(settings: RetentionSettings): Promise<RetentionSettings> {
      await repo.saveRetention(db, settings, now().toISOString())
      return repo.findRetention(db)
    },

    /** Irreversible: one transaction, then the freed bytes are zeroed and the file rewritten. */
    async anonymise(input: { participantId: number; confirmLastName: string }) {
      const id = input.participantId
      const row = await person(id, 'nie ma już czego anonimizować.')
      if (row.openParticipation) {
        throw new DomainError(
          'CONFLICT',
          'Ta osoba ma otwarte uczestnictwo w KIS — zakończ je przed anonimizacją. Nic nie zostało zmienione.',
        )
      }
      if (foldForSearch(input.confirmLastName) !== foldForSearch(row.lastName)) {
        const message = 'Wpisane nazwisko nie zgadza się z nazwiskiem osoby — nic nie zostało zmienione.'
        throw new DomainError('INVALID_INPUT', message, { confirmLastName: message })
      }
      const at = now().toISOString()
      await repo.setSecureDelete(db, true)
      try {
        await db.transaction().execute(async (trx) => {
          // Two confirmations at once: the second finds the first one's work.
          if ((await repo.findPerson(trx, id))?.anonymisedAt) {
            throw new DomainError(
              'CONFLICT',
              `Osoba nr ${id} została już zanonimizowana. Nic nie zostało zmienione.`,
            )
          }
          await repo.anonymisePerson(trx, id, at)
        })
        await repo.vacuum(db)
      } finally {
        await repo.setSecureDelete(db, false)
      }
      return { participantId: id, anonymisedAt: at }
    },

    /** A folder "dane-osoby-<nr>-<date>" with the PDF, JSON and XLSX — no name, no special-category word. */
    async exportPerson(id: number): Promise<PersonExported> {
      await person(id, 'jej dane osobowe nie są już przechowywane.')
      const parent = await sources.platform.chooseFolder(sources.defaultFolder())
      if (!parent) return { cancelled: true }
      const generatedAt = now()
      const name = `dane-osoby-${id}-${todayIso(generatedAt)}`
      const folder = join(parent, name)
      if (existsSync(folder)) {
        throw new DomainError(
          'CONFLICT',
          `Folder ${name} już jest w wybranym miejscu — wybierz inne miejsce albo usuń stary folder. Nic nie zostało zapisane.`,
        )
      }
      const sections = await gather(id)
      const officeName = await sources.officeName()
      const doc = renderDaneOsoby({
        officeName,
        participantId: id,
        generatedAt,
        sections: sections.map(printedSection),
      })
      const json = {
        program: 'KIS i PSU',
        officeName,
        participantId: id,
        generatedAt: generatedAt.toISOString(),
        sections: sections.map(sectionJson),
      }
      const files = {
        [`dane-osoby-${id}.pdf`]: await sources.platform.renderPdf(doc.html),
        [`dane-osoby-${id}.json`]: JSON.stringify(json, null, 2),
        [`dane-osoby-${id}.xlsx`]: await tablesToXlsx(sections.map(sectionTable)),
      }
      // Built under a temporary name and renamed at the end: a failure never leaves half a folder.
      await buildFolderWhole(folder, async (building) => {
        for (const [file, content] of Object.entries(files)) await writeWhole(join(building, file), content)
      })
      return { cancelled: false, folder, files: Object.keys(files).map((f) => join(folder, f)) }
    },
  }
}
