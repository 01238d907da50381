// Ten years of data (2016–2025) for the benches: 5 000 participants with their participations,
// support entries and group classes, and 40 000 PSU timesheet-months closed into payout lists with
// refund requests, written straight into a database that the app's migrations created.
import type { AppDatabase } from '../src/main/db/connection'

export const PEOPLE = 5_000
export const SHEET_MONTHS = 40_000
export const FIRST_YEAR = 2016
export const YEARS = 10
const STAMP = '2026-01-01T00:00:00Z'
const GROUPS = [
  'dlugotrwale_bezrobotni',
  'uzaleznieni_alkohol',
  'bezdomni',
  'niepelnosprawni',
  'zaburzenia_psychiczne',
]
const TYPES = [1, 2, 3, 4, 5, 6]

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number) {
  let state = seed
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % n
  }
}

const iso = (date: Date) => date.toISOString().slice(0, 10)
const addDays = (day: string, days: number) =>
  iso(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000))
const monthKey = (index: number) =>
  `${FIRST_YEAR + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`

/** Fills a freshly migrated database with the ten years (deterministic: every run the same rows). */
export function seedTenYears(sqlite: AppDatabase['sqlite']) {
  const rnd = random(2016)
  const run = (sql: string) => sqlite.prepare(sql)
  const person =
    run(`INSERT INTO participants (first_name, last_name, pesel, birth_date, sex, admission_date, status,
    search_text, sort_name, created_at, updated_at) VALUES (?, ?, ?, '1980-01-01', ?, '2016-01-01', 'aktywny', ?, ?, '${STAMP}', '${STAMP}')`)
  const staff = run(`INSERT INTO staff_members (full_name, position, phone, active, created_at, updated_at)
    VALUES (?, 'pracownik socjalny', '', 1, '${STAMP}', '${STAMP}')`)
  const engagement = run(`INSERT INTO kis_staff_engagements (staff_member_id, kis_role, basis, fte_permille,
    monthly_min, date_from, date_to, notes, created_at, updated_at)
    VALUES (?, 'instruktor', 'umowa_o_prace', 500, NULL, ?, NULL, '', '${STAMP}', '${STAMP}')`)
  const participation = run(`INSERT INTO participations (participant_id, start_date, referral_kind,
    referring_worker_id, other_group_reason, notes, end_date, end_reason, employment_date, end_notes, created_at, updated_at)
    VALUES (?, ?, 'ops', 1, '', '', ?, ?, ?, '', '${STAMP}', '${STAMP}')`)
  const group = run(`INSERT INTO participation_target_groups (participation_id, target_group) VALUES (?, ?)`)
  const kontrakt = run(`INSERT INTO kontrakty (participation_id, variant, number, number_year, number_seq,
    concluded_on, place, social_worker_id, situation_causes, strengths, limitations, main_goal, expected_effects,
    end_date, created_at, updated_at)
    VALUES (?, 'A', ?, ?, ?, ?, 'Zgierz', 1, 'x', 'x', 'x', 'x', 'x', ?, '${STAMP}', '${STAMP}')`)
  const activity =
    run(`INSERT INTO activities (participant_id, participation_id, kind, activity_date, end_date,
    staff_member_id, group_class_id, provider, topic, organization, project_name, employment_form, benefit_name, notes,
    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', 'temat', ?, ?, ?, ?, '', '${STAMP}')`)
  const groupClass = run(`INSERT INTO group_classes (held_on, topic, leader, notes, created_at, updated_at)
    VALUES (?, 'Warsztat', 'Maria Nowak', '', '${STAMP}', '${STAMP}')`)

  sqlite.transaction(() => {
    for (let s = 1; s <= 4; s++) {
      staff.run(`Pracownik ${s}`)
      engagement.run(s, `${FIRST_YEAR + s}-01-01`)
    }
    const classesByMonth = new Map<string, number[]>()
    for (let week = 0; week < YEARS * 52; week++) {
      const day = addDays(`${FIRST_YEAR}-01-05`, week * 7)
      const id = Number(groupClass.run(day).lastInsertRowid)
      classesByMonth.set(day.slice(0, 7), [...(classesByMonth.get(day.slice(0, 7)) ?? []), id])
    }
    const attended = new Set<string>()
    let seq = 0
    for (let i = 0; i < PEOPLE; i++) {
      const id = Number(
        person.run(
          `Imię${i}`,
          `Nazwisko${i}`,
          String(80_010_100_000 + i),
          i % 2 ? 'M' : 'K',
          `n${i}`,
          `nazwisko${i}`,
        ).lastInsertRowid,
      )
      const start = addDays(`${FIRST_YEAR}-01-01`, rnd(YEARS * 365))
      const end = addDays(start, 30 + rnd(400))
      const ended = end < '2025-12-31' || rnd(3) > 0
      const reason = ended
        ? ['ukonczenie', 'zatrudnienie', 'przerwanie_kontrakt', 'rezygnacja', 'inne'][rnd(5)]!
        : null
      const employed = reason === 'zatrudnienie' ? end : null
      const pid = Number(participation.run(id, start, ended ? end : null, reason, employed).lastInsertRowid)
      group.run(pid, GROUPS[i % GROUPS.length]!)
      if (i % 4 === 0) group.run(pid, GROUPS[(i + 1) % GROUPS.length]!)
      if (i % 20 !== 0) {
        seq += 1
        kontrakt.run(
          pid,
          `KS/${seq}/${start.slice(0, 4)}`,
          Number(start.slice(0, 4)),
          seq,
          start,
          addDays(start, 365),
        )
      }
      const span = ended ? Math.max(1, (Date.parse(end) - Date.parse(start)) / 86_400_000) : 200
      for (let k = 0; k < 5; k++) {
        const day = addDays(start, rnd(span))
        const kind = [
          'sesja_indywidualna',
          'doradztwo_zawodowe',
          'doradztwo_psychologiczne',
          'poradnictwo_prawne',
        ][rnd(4)]!
        activity.run(
          id,
          pid,
          kind,
          day,
          null,
          kind === 'sesja_indywidualna' ? 1 : null,
          null,
          '',
          '',
          null,
          '',
        )
        const classes = classesByMonth.get(day.slice(0, 7)) ?? []
        const classId = classes[rnd(Math.max(1, classes.length))]
        if (classId && !attended.has(`${classId} ${id}`)) {
          attended.add(`${classId} ${id}`)
          const held = sqlite
            .prepare('SELECT held_on FROM group_classes WHERE id = ?')
            .pluck()
            .get(classId) as string
          if (held >= start && (!ended || held <= end))
            activity.run(id, pid, 'zajecia_grupowe', held, null, null, classId, '', '', null, '')
        }
      }
      if (i % 6 === 0)
        activity.run(id, pid, 'staz', start, addDays(start, 90), null, null, 'Urząd', '', null, '')
      if (i % 9 === 0)
        activity.run(id, pid, 'projekt_ue', start, addDays(start, 180), null, null, '', 'Aktywni', null, '')
      if (employed)
        activity.run(id, pid, 'zatrudnienie', employed, null, null, null, 'Firma', '', 'umowa_o_prace', '')
      else if (ended && i % 7 === 0)
        activity.run(
          id,
          pid,
          'zatrudnienie',
          addDays(end, 20),
          null,
          null,
          null,
          'Firma',
          '',
          'umowa_cywilnoprawna',
          '',
        )
      if (ended && i % 31 === 0)
        activity.run(id, pid, 'swiadczenie_zus', end, null, null, null, '', '', null, 'renta')
    }
  })()
  seedPsu(sqlite, rnd)
}

/** 40 000 timesheet-months: ~333 people a month on 60 positions, closed into paid payout lists. */
function seedPsu(sqlite: AppDatabase['sqlite'], rnd: (n: number) => number) {
  const run = (sql: string) => sqlite.prepare(sql)
  const workplace = run(`INSERT INTO psu_workplaces (name, name_key, created_at, updated_at)
    VALUES (?, ?, '${STAMP}', '${STAMP}')`)
  const position = run(`INSERT INTO psu_positions (workplace_id, type_id, places, created_at, updated_at)
    VALUES (?, ?, 20, '${STAMP}', '${STAMP}')`)
  const porozumienie =
    run(`INSERT INTO psu_porozumienia (number, number_key, signed_on, period_from, period_to,
    planned_persons, planned_min, monthly_limit_min, weekly_limit_min, refund_share_bp, refund_base, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 400, 0, 2400, 600, 6000, 'stawka_minimalna', '${STAMP}', '${STAMP}')`)
  const assignment = run(`INSERT INTO psu_assignments (participant_id, position_id, porozumienie_id,
    skierowanie_number, skierowanie_date, date_from, date_to, created_at, updated_at)
    VALUES (?, ?, ?, 'SK', ?, ?, ?, '${STAMP}', '${STAMP}')`)
  const sheet =
    run(`INSERT INTO psu_timesheets (assignment_id, month, status, version, created_at, updated_at)
    VALUES (?, ?, 'otwarty', 0, '${STAMP}', '${STAMP}')`)
  const day = run(`INSERT INTO psu_timesheet_days (timesheet_id, day, worked_min) VALUES (?, ?, 240)`)
  const lock = run(`UPDATE psu_timesheets SET status = 'zamkniety', version = 1 WHERE id = ?`)
  const list =
    run(`INSERT INTO psu_payout_lists (year, seq, number, porozumienie_id, month, status, refund_base,
    refund_share_bp, computed_at, approved_at, paid_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'wyplacona', 'stawka_minimalna', 6000, '${STAMP}', '${STAMP}', '${STAMP}', '${STAMP}', '${STAMP}')`)
  const item =
    run(`INSERT INTO psu_payout_items (list_id, participant_id, first_name, last_name, worked_min, amount_gr,
    refund_gr, payment_form, paid_on, paid_form) VALUES (?, ?, 'Imię', 'Nazwisko', ?, ?, ?, 'gotowka', '2026-01-01', 'gotowka')`)
  const itemPosition =
    run(`INSERT INTO psu_payout_item_positions (item_id, assignment_id, position_id, position_type,
    workplace, worked_min) VALUES (?, ?, ?, ?, ?, ?)`)
  const request =
    run(`INSERT INTO psu_refund_requests (year, seq, number, porozumienie_id, requested_on, due_on,
    requested_gr, status, received_on, received_gr, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'otrzymany', ?, ?, '${STAMP}', '${STAMP}')`)
  const link = run(`INSERT INTO psu_refund_request_lists (request_id, list_id, active) VALUES (?, ?, 1)`)
  const typeName = sqlite.prepare('SELECT name FROM psu_position_types WHERE id = ?').pluck()

  sqlite.transaction(() => {
    const positions: { id: number; type: string; workplace: string }[] = []
    for (let w = 1; w <= 20; w++) {
      const wid = Number(workplace.run(`Miejsce ${w}`, `miejsce ${w}`).lastInsertRowid)
      for (let p = 0; p < 3; p++) {
        const type = TYPES[(w + p) % TYPES.length]!
        positions.push({
          id: Number(position.run(wid, type).lastInsertRowid),
          type: typeName.get(type) as string,
          workplace: `Miejsce ${w}`,
        })
      }
    }
    const months = YEARS * 12
    const perMonth = Math.ceil(SHEET_MONTHS / months)
    let sheets = 0
    for (let y = 0; y < YEARS; y++) {
      const year = FIRST_YEAR + y
      const pid = Number(
        porozumienie.run(`PSU/${year}`, `psu/${year}`, `${year - 1}-12-15`, `${year}-01-01`, `${year}-12-31`)
          .lastInsertRowid,
      )
      // People rotate every half year: two assignments a year per slot.
      for (let half = 0; half < 2; half++) {
        const from = `${year}-${half === 0 ? '01-01' : '07-01'}`
        const to = `${year}-${half === 0 ? '06-30' : '12-31'}`
        const listIds: number[] = []
        for (let slot = 0; slot < perMonth && sheets < SHEET_MONTHS; slot++) {
          const participant = 1 + ((slot * 7 + y * 131 + half * 61) % PEOPLE)
          const pos = positions[(slot + half) % positions.length]!
          const aid = Number(assignment.run(participant, pos.id, pid, from, from, to).lastInsertRowid)
          for (let m = 0; m < 6 && sheets < SHEET_MONTHS; m++) {
            const month = monthKey(y * 12 + half * 6 + m)
            const sid = Number(sheet.run(aid, month).lastInsertRowid)
            const days = 8 + rnd(3)
            for (let d = 0; d < days; d++) day.run(sid, `${month}-${String(2 + d * 2).padStart(2, '0')}`)
            lock.run(sid)
            sheets += 1
            let listId = listIds[m]
            if (listId === undefined) {
              listId = Number(
                list.run(year, half * 6 + m + 1, `LW/${half * 6 + m + 1}/${year}`, pid, month)
                  .lastInsertRowid,
              )
              listIds[m] = listId
            }
            const minutes = days * 240
            const amount = minutes * 15
            const iid = Number(
              item.run(listId, participant, minutes, amount, Math.floor(amount * 0.6)).lastInsertRowid,
            )
            itemPosition.run(iid, aid, pos.id, pos.type, pos.workplace, minutes)
          }
        }
        // One refund request per half year, received with a small difference.
        const refund = sqlite
          .prepare(`SELECT SUM(refund_gr) FROM psu_payout_items WHERE list_id IN (${listIds.join(',')})`)
          .pluck()
          .get() as number
        const rid = Number(
          request.run(year, half + 1, `RF/${half + 1}/${year}`, pid, to, to, refund, to, refund - 100)
            .lastInsertRowid,
        )
        for (const listId of listIds) link.run(rid, listId)
      }
    }
  })()
}
