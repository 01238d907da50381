// Child process for the kill test: the app's own openDatabase and participants service save people
// in a loop (each save is one transaction over several rows: the person, target groups, search
// columns), and each id is printed only after its save returned. The parent kills it with SIGKILL at
// a random moment and checks that every printed id survived.
import { writeSync } from 'node:fs'
import { openDatabase } from '../../src/main/db/connection'
import { createParticipantsService } from '../../src/main/participants/participants.service'
import { crashTestPerson } from './crash-person'

const [file, seedText] = process.argv.slice(2)
let seed = Number(seedText) >>> 0
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32

const database = await openDatabase(file!)
const participants = createParticipantsService(database.db)
writeSync(1, 'ready\n')
for (let n = 0; ; n++) {
  const saved = await participants.create(crashTestPerson(`${process.pid}X${n}`, random))
  // Synchronous write to the pipe: once this returns, the parent will read the id.
  writeSync(1, `${saved.id}\n`)
}
