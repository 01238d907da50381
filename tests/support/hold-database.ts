// Child process: another instance of the program on the same database file. It opens the file with
// the app's own openDatabase, says "ready" (or prints the refusal), and keeps it open until its
// stdin closes.
import { writeSync } from 'node:fs'
import { openDatabase } from '../../src/main/db/connection'

const database = await openDatabase(process.argv[2]!).catch((error: unknown) => {
  writeSync(1, `refused ${JSON.stringify(error instanceof Error ? error.message : String(error))}\n`)
  process.exit(0)
})
writeSync(1, 'ready\n')
process.stdin.resume()
process.stdin.on('end', () => void database.close().then(() => process.exit(0)))
