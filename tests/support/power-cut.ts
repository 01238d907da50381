// What a power cut can leave of one save, built from the real files of the app's connection.
//
// A save in journal_mode=DELETE syncs in this order: (1) the rollback journal with the original pages,
// (2) the new pages in the database file, (3) the deletion of the journal — that deletion is the
// commit. A power cut keeps what was synced and may drop or reorder anything after the last sync:
//   - cut during (2): any mix of old and new database pages, beside the complete journal;
//   - cut after (3) returned: the new database file; the journal's directory entry is gone for good
//     only if the folder itself was synced after the deletion (synchronous=EXTRA). Below EXTRA a
//     power cut can bring the entry back — a hot journal that rolls the acknowledged save away.
// The journal's content at the commit is caught with a hard link made just before COMMIT: SQLite
// still writes its header and syncs it through the same inode, then only deletes its own name.
// What this proves: with the pragmas the app's openDatabase sets, SQLite's own recovery turns every
// such state into the state before the save or, once the save was acknowledged, after it. What it
// assumes: that the disk keeps what was synced (SQLite's documented model); it cannot replay a drive
// that lies about its cache. On Windows SQLite has no folder sync — EXTRA adds nothing to FULL there
// and the journal's deletion rests on NTFS's own metadata journal, which this test does not replay.
import { linkSync, readFileSync, rmSync } from 'node:fs'
import { withBeforeCommit, type BeforeCommit } from '../../src/main/db/commit-hooks'

export interface SaveFiles {
  /** The database file before the save (the app idle). */
  before: Buffer
  /** The database file after the save returned. */
  after: Buffer
  /** The rollback journal as it stood at the commit, or null when the save had none on disk. */
  journal: Buffer | null
}

/**
 * Hard-links the journal just before the COMMIT of each transaction `save` runs: the app's before-commit
 * hook (db/commit-hooks.ts) is the last thing before it. (Not by catching the preparing of 'commit':
 * the connection keeps that statement prepared, db/statement-cache.ts.)
 */
export function catchJournalAtCommit(journal: string, shadow: string) {
  let linked = false
  const link: BeforeCommit = async () => {
    rmSync(shadow, { force: true })
    try {
      linkSync(journal, shadow)
      linked = true
    } catch {
      linked = false
    }
  }
  return {
    save: <T>(call: () => Promise<T>): Promise<T> => withBeforeCommit(link, call),
    /** The journal as the last save's COMMIT found it, or null when it had none on disk. */
    take(): Buffer | null {
      if (!linked) return null
      linked = false
      const content = readFileSync(shadow)
      rmSync(shadow, { force: true })
      return content
    },
  }
}

/**
 * A database file as a cut during the page writes may leave it: each page that the save changed
 * comes from before or after the save (at least one of each when two or more changed), and the file
 * has either length.
 */
export function mixPages(files: SaveFiles, random: () => number): Buffer {
  const { before, after } = files
  const pageSize = pageSizeOf(after)
  const pages = Math.max(before.length, after.length) / pageSize
  const page = (file: Buffer, i: number) =>
    (i + 1) * pageSize <= file.length ? file.subarray(i * pageSize, (i + 1) * pageSize) : null
  const changed = Array.from({ length: pages }, (_, i) => i).filter(
    (i) => !(page(before, i)?.equals(page(after, i)!) ?? false),
  )
  const fromAfter = new Set(changed.filter(() => random() < 0.5))
  if (changed.length >= 2 && fromAfter.size === 0) fromAfter.add(changed[0]!)
  if (changed.length >= 2 && fromAfter.size === changed.length) fromAfter.delete(changed[0]!)
  const length = random() < 0.5 ? before.length : after.length
  const chunks: Buffer[] = []
  for (let i = 0; i * pageSize < length; i++) {
    const preferred = fromAfter.has(i) ? page(after, i) : page(before, i)
    chunks.push(preferred ?? page(after, i) ?? page(before, i)!)
  }
  return Buffer.concat(chunks)
}

function pageSizeOf(file: Buffer): number {
  const raw = file.readUInt16BE(16)
  return raw === 1 ? 65536 : raw
}
