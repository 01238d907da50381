// A dataset with known answers for the reports (issue 8): KIS people with participations of 5 months
// 30 days / exactly 6 months / longer, jobs of both contract kinds, a ZUS benefit, broken kontrakty,
// and PSU across a rate change (16 June 2025) and across 1 June (the new regime's porozumienie, the
// minimum rate changing on 1 June 2024). KIS rows are written straight into the tables of migration
// 0002 as issue 4's screens leave them; PSU hours into the tables of 0003; payout lists, payments and
// refund requests go through issue 6's real services, so the report reads exactly what they store.
// EXPECTED holds the figures counted by hand from the stories below.
import type { Kysely } from 'kysely'
import type { Database } from '../../src/main/db/schema'
import { createKisServices } from '../../src/main/app/kis-services'
import { createParticipantsService } from '../../src/main/participants/participants.service'
import { createReportsService } from '../../src/main/reports/reports.service'
import { makePesel } from './pesel-factory'
import { addAssignment, addPosition, addSheet, createPayoutServices, setSheetStatus } from './payout-fixtures'

type Db = Kysely<Database>
const STAMP = '2026-01-01T00:00:00.000Z'

export interface ReportDataset {
  people: Record<PersonKey, number>
  /** Payout list ids by porozumienie and month, e.g. lists['A 2025-05']. */
  lists: Record<string, number>
  staff: { maria: number; jan: number; ewa: number }
}

type PersonKey =
  | 'anna'
  | 'barbara'
  | 'celina'
  | 'damian'
  | 'edward'
  | 'filip'
  | 'grazyna'
  | 'henryk'
  | 'irena'
  | 'jan'
  | 'kamil'
  | 'zenon'
  | 'lech'
  | 'monika'

const PEOPLE: Record<PersonKey, [string, string, 'K' | 'M', string]> = {
  anna: ['Anna', 'Kowalska', 'K', '1985-03-12'],
  barbara: ['Barbara', 'Lewandowska', 'K', '1979-11-02'],
  celina: ['Celina', 'Wójcik', 'K', '1990-07-21'],
  damian: ['Damian', 'Zieliński', 'M', '1982-01-30'],
  edward: ['Edward', 'Kamiński', 'M', '1975-05-05'],
  filip: ['Filip', 'Mazur', 'M', '1968-12-12'],
  grazyna: ['Grażyna', 'Dąbrowska', 'K', '1988-08-08'],
  henryk: ['Henryk', 'Szymański', 'M', '1970-02-02'],
  irena: ['Irena', 'Woźniak', 'K', '1995-04-04'],
  jan: ['Jan', 'Kaczmarek', 'M', '1980-10-10'],
  kamil: ['Kamil', 'Piotrowski', 'M', '1992-06-06'],
  zenon: ['Zenon', 'Błędny', 'M', '1980-05-05'],
  lech: ['Lech', 'Łukasiewicz', 'M', '1977-09-09'],
  monika: ['Monika', 'Żak', 'K', '1986-02-14'],
}

/** Figures of the yearly summary 2025 (and 2024, the year before), counted by hand. */
export const EXPECTED_2025 = {
  uczestnicy: 9, // Anna, Barbara, Celina, Damian, Edward, Filip, Grażyna, Jan, Kamil
  kobiety: 4, // Anna, Barbara, Celina, Grażyna
  mezczyzni: 5,
  absolwenci: 5, // Barbara (exactly 6 months), Celina, Damian, Filip, Jan — not Anna (5 months 30 days)
  zatrudnieni: 3, // Anna (after KIS), Celina, Damian
  'zatrudnieni-umowa-o-prace': 2, // Anna, Celina
  'zatrudnieni-cywilnoprawna': 1, // Damian
  usamodzielnieni: 4, // Anna, Celina, Damian (work), Filip (ZUS)
  'usamodzielnieni-praca': 3,
  'usamodzielnieni-zus': 1,
  staze: 2, // Barbara, Grażyna (Nov 2025 – Feb 2026)
  'doradztwo-zawodowe': 2, // Anna (twice), Grażyna
  'poradnictwo-psychologiczne': 1, // Grażyna
  'poradnictwo-prawne': 1, // Edward
  'zajecia-grupowe': 3, // 05.03, 10.06, 20.11.2025
  'zajecia-grupowe-osoby': 6, // Anna, Barbara, Edward, Celina, Grażyna, Kamil
  'projekty-ue': 1, // Damian
  'przerwane-kontrakty': 2, // Edward, Jan
  'psu-osoby': 3, // Lech, Monika, Edward
  'psu-stanowiska': 4,
  'psu-godziny': 13_050, // 110 h + 95 h + 12,5 h
  'psu-naliczone': 291_050,
  'psu-wyplacone': 272_300, // without the unpaid September list (187,50 zł)
  'psu-refundacja-nalezna': 160_605,
  'psu-refundacja-wnioskowana': 151_230, // 805,20 + 219,60 + 487,50
  'psu-refundacja-otrzymana': 100_520, // 805,20 + 200,00
} as const

export const EXPECTED_2024 = {
  uczestnicy: 3, // Celina, Henryk, Jan
  kobiety: 1,
  mezczyzni: 2,
  absolwenci: 1, // Henryk
  zatrudnieni: 0,
  'zatrudnieni-umowa-o-prace': 0,
  'zatrudnieni-cywilnoprawna': 0,
  usamodzielnieni: 0,
  'usamodzielnieni-praca': 0,
  'usamodzielnieni-zus': 0,
  staze: 0,
  'doradztwo-zawodowe': 0,
  'poradnictwo-psychologiczne': 0,
  'poradnictwo-prawne': 0,
  'zajecia-grupowe': 1,
  'zajecia-grupowe-osoby': 2, // Celina, Jan
  'projekty-ue': 1, // Celina
  'przerwane-kontrakty': 0,
  'psu-osoby': 1,
  'psu-stanowiska': 1,
  'psu-godziny': 960, // 6 h in May + 10 h in December
  'psu-naliczone': 19_520,
  'psu-wyplacone': 19_520,
  'psu-refundacja-nalezna': 11_244, // 60 % × 10,90 zł × 6 h (before 1 June 2024) + 60 % × 12,20 zł × 10 h
  'psu-refundacja-wnioskowana': 11_244,
  'psu-refundacja-otrzymana': 11_244,
} as const

/** The reports service wired as the handlers wire it (the check asks the kontrakty service). */
export function createReportsFor(db: Db, now: () => Date = () => new Date()) {
  const { kontrakty } = createKisServices(db, createParticipantsService(db), { now })
  return createReportsService(db, { kontrakty }, now)
}

export async function buildReportDataset(db: Db): Promise<ReportDataset> {
  const people = {} as Record<PersonKey, number>
  let serial = 0
  for (const [key, [first, last, sex, birth]] of Object.entries(PEOPLE) as [
    PersonKey,
    (typeof PEOPLE)[PersonKey],
  ][]) {
    serial += 1
    // Zenon's register entry says he was born a day later than his PESEL does (the quality check finds it).
    const birthDate = key === 'zenon' ? '1980-05-06' : birth
    const { id } = await db
      .insertInto('participants')
      .values({
        first_name: first,
        last_name: last,
        pesel: makePesel(birth, sex, serial),
        id_document: null,
        birth_date: birthDate,
        sex,
        address: '',
        phone: '',
        email: '',
        admission_date: '2023-01-02',
        other_group_reason: '',
        therapy_completed: 0,
        notes: '',
        status: 'aktywny',
        search_text: `${last} ${first}`.toLowerCase(),
        sort_name: `${last} ${first}`.toLowerCase(),
        created_at: STAMP,
        updated_at: STAMP,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    people[key] = id
  }

  const staff = {
    maria: await addStaff(db, 'Maria Nowak', 'starszy pracownik socjalny'),
    jan: await addStaff(db, 'Jan Kowal', 'psycholog'),
    ewa: await addStaff(db, 'Ewa Lis', 'instruktor'),
  }
  await addEngagement(
    db,
    staff.maria,
    'koordynator KIS',
    'umowa_o_prace',
    500,
    null,
    '2020-01-01',
    '2025-03-31',
  )
  await addEngagement(db, staff.maria, 'koordynator KIS', 'umowa_o_prace', 1000, null, '2025-04-01', null)
  await addEngagement(db, staff.jan, 'psycholog', 'umowa_zlecenie', null, 20 * 60, '2025-03-01', '2025-12-31')
  await addEngagement(db, staff.ewa, 'instruktor', 'umowa_o_prace', 500, null, '2026-01-01', null)

  let kontraktSeq = 0
  async function participation(
    who: PersonKey,
    start: string,
    end: string | null,
    reason: 'ukonczenie' | 'zatrudnienie' | 'przerwanie_kontrakt' | 'rezygnacja' | 'inne' | null,
    groups: string[],
    options: { employmentDate?: string; kontrakt?: boolean } = {},
  ): Promise<number> {
    const { id } = await db
      .insertInto('participations')
      .values({
        participant_id: people[who],
        start_date: start,
        referral_kind: 'ops',
        referring_worker_id: staff.maria,
        pup_referral_number: null,
        pup_referral_date: null,
        other_group_reason: groups.includes('inna') ? 'osoba opuszczająca pieczę zastępczą' : '',
        notes: '',
        end_date: end,
        end_reason: reason,
        employment_date: options.employmentDate ?? null,
        end_notes: '',
        created_at: STAMP,
        updated_at: STAMP,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('participation_target_groups')
      .values(groups.map((target_group) => ({ participation_id: id, target_group })))
      .execute()
    if (options.kontrakt !== false) {
      kontraktSeq += 1
      const year = Number(start.slice(0, 4))
      await db
        .insertInto('kontrakty')
        .values({
          participation_id: id,
          variant: 'B',
          number: `KS/${kontraktSeq}/${year}`,
          number_year: year,
          number_seq: kontraktSeq,
          concluded_on: start,
          place: 'Zgierz',
          social_worker_id: staff.maria,
          situation_causes: 'długotrwałe bezrobocie',
          strengths: 'sumienność',
          limitations: 'brak doświadczenia',
          unemployment_causes: '',
          barriers: '',
          earlier_activation: '',
          main_goal: 'podjęcie pracy',
          expected_effects: 'zatrudnienie',
          end_date: `${year + 1}${start.slice(4)}`,
          signed_at: STAMP,
          created_at: STAMP,
          updated_at: STAMP,
        })
        .execute()
    }
    return id
  }

  const p = {
    anna: await participation('anna', '2025-01-15', '2025-07-14', 'ukonczenie', ['dlugotrwale_bezrobotni']),
    barbara: await participation('barbara', '2025-01-15', '2025-07-15', 'ukonczenie', [
      'dlugotrwale_bezrobotni',
      'niepelnosprawni',
    ]),
    celina: await participation('celina', '2024-09-01', '2025-06-30', 'zatrudnienie', ['bezdomni'], {
      employmentDate: '2025-06-20',
    }),
    damian: await participation('damian', '2025-03-01', '2025-10-31', 'inne', [
      'uzaleznieni_alkohol',
      'dlugotrwale_bezrobotni',
    ]),
    edward: await participation('edward', '2025-02-01', '2025-05-10', 'przerwanie_kontrakt', [
      'opuszczajacy_zaklad_karny',
    ]),
    filip: await participation('filip', '2025-04-01', '2025-12-20', 'ukonczenie', ['zaburzenia_psychiczne']),
    grazyna: await participation('grazyna', '2025-11-01', null, null, ['dlugotrwale_bezrobotni']),
    henryk: await participation('henryk', '2023-03-01', '2024-02-01', 'ukonczenie', ['bezdomni']),
    irena: await participation('irena', '2026-01-10', null, null, ['uchodzcy']),
    jan: await participation('jan', '2024-06-01', '2025-01-05', 'przerwanie_kontrakt', [
      'uzaleznieni_alkohol',
    ]),
    kamilFirst: await participation('kamil', '2025-01-02', '2025-02-28', 'rezygnacja', [
      'dlugotrwale_bezrobotni',
    ]),
    kamilAgain: await participation('kamil', '2025-09-01', null, null, ['inna'], { kontrakt: false }),
  }

  // Grażyna's kontrakt has an action past its deadline; Anna's has one that was done. Damian's
  // participation ended with an action left open: no longer watched, so it is not overdue anywhere.
  const kontraktOf = async (participationId: number) =>
    (
      await db
        .selectFrom('kontrakty')
        .select('id')
        .where('participation_id', '=', participationId)
        .executeTakeFirstOrThrow()
    ).id
  await db
    .insertInto('kontrakt_actions')
    .values([
      {
        kontrakt_id: await kontraktOf(p.grazyna),
        side: 'osoba',
        position: 1,
        description: 'Rejestracja w powiatowym urzędzie pracy',
        deadline: '2025-12-01',
        responsible: 'uczestniczka',
        status: 'zaplanowane',
      },
      {
        kontrakt_id: await kontraktOf(p.anna),
        side: 'osoba',
        position: 1,
        description: 'Przygotowanie CV',
        deadline: '2025-03-01',
        responsible: 'uczestniczka',
        status: 'wykonane',
      },
      {
        kontrakt_id: await kontraktOf(p.damian),
        side: 'osrodek',
        position: 1,
        description: 'Skierowanie na terapię',
        deadline: '2025-09-15',
        responsible: 'pracownik socjalny',
        status: 'w_trakcie',
      },
    ])
    .execute()

  async function activity(
    who: PersonKey,
    participationId: number,
    kind: string,
    date: string,
    fields: Partial<{
      endDate: string
      staffMemberId: number
      provider: string
      topic: string
      organization: string
      projectName: string
      employmentForm: 'umowa_o_prace' | 'umowa_cywilnoprawna'
      benefitName: string
      groupClassId: number
    }> = {},
  ) {
    await db
      .insertInto('activities')
      .values({
        participant_id: people[who],
        participation_id: participationId,
        kind,
        activity_date: date,
        end_date: fields.endDate ?? null,
        staff_member_id: fields.staffMemberId ?? null,
        group_class_id: fields.groupClassId ?? null,
        provider: fields.provider ?? '',
        topic: fields.topic ?? '',
        organization: fields.organization ?? '',
        project_name: fields.projectName ?? '',
        employment_form: fields.employmentForm ?? null,
        benefit_name: fields.benefitName ?? '',
        notes: '',
        created_at: STAMP,
      })
      .execute()
  }

  const session = { staffMemberId: staff.maria, topic: 'plan działania' }
  await activity('anna', p.anna, 'sesja_indywidualna', '2025-02-10', session)
  await activity('anna', p.anna, 'sesja_indywidualna', '2025-03-10', session)
  await activity('grazyna', p.grazyna, 'sesja_indywidualna', '2025-11-05', session)
  const counsel = { provider: 'doradca zawodowy PUP', topic: 'rynek pracy' }
  await activity('anna', p.anna, 'doradztwo_zawodowe', '2025-03-03', counsel)
  await activity('anna', p.anna, 'doradztwo_zawodowe', '2025-04-07', counsel)
  await activity('grazyna', p.grazyna, 'doradztwo_zawodowe', '2025-11-15', counsel)
  await activity('grazyna', p.grazyna, 'doradztwo_psychologiczne', '2025-11-18', {
    provider: 'Jan Kowal',
    topic: 'motywacja',
  })
  await activity('edward', p.edward, 'poradnictwo_prawne', '2025-03-10', {
    provider: 'radca prawny',
    topic: 'alimenty',
  })
  await activity('barbara', p.barbara, 'staz', '2025-02-01', {
    endDate: '2025-04-30',
    organization: 'Biblioteka Miejska',
  })
  await activity('grazyna', p.grazyna, 'staz', '2025-11-10', {
    endDate: '2026-02-10',
    organization: 'Urząd Miejski',
  })
  await activity('henryk', p.henryk, 'staz', '2023-06-01', {
    endDate: '2023-09-30',
    organization: 'Szkoła nr 1',
  })
  await activity('celina', p.celina, 'projekt_ue', '2024-10-01', {
    endDate: '2024-12-31',
    projectName: 'Aktywni razem',
  })
  await activity('damian', p.damian, 'projekt_ue', '2025-04-01', {
    endDate: '2025-09-30',
    projectName: 'Aktywni razem',
  })
  // Anna found work after her participation ended; Celina's job was recorded when hers closed.
  await activity('anna', p.anna, 'zatrudnienie', '2025-08-01', {
    employmentForm: 'umowa_o_prace',
    organization: 'Społem Zgierz',
  })
  await activity('celina', p.celina, 'zatrudnienie', '2025-06-20', {
    employmentForm: 'umowa_o_prace',
    organization: 'Zakład Usług Komunalnych',
  })
  await activity('damian', p.damian, 'zatrudnienie', '2025-09-15', {
    employmentForm: 'umowa_cywilnoprawna',
    organization: 'Firma Remontowa Nowak',
  })
  await activity('filip', p.filip, 'swiadczenie_zus', '2025-12-01', { benefitName: 'emerytura' })

  async function groupClass(heldOn: string, topic: string, attendees: [PersonKey, number][]) {
    const { id } = await db
      .insertInto('group_classes')
      .values({
        held_on: heldOn,
        topic,
        leader: 'Maria Nowak',
        notes: '',
        created_at: STAMP,
        updated_at: STAMP,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const [who, participationId] of attendees) {
      await activity(who, participationId, 'zajecia_grupowe', heldOn, {
        groupClassId: id,
        topic,
        provider: 'Maria Nowak',
      })
    }
  }
  await groupClass('2024-10-01', 'Pisanie CV', [
    ['celina', p.celina],
    ['jan', p.jan],
  ])
  await groupClass('2025-03-05', 'Rozmowa kwalifikacyjna', [
    ['anna', p.anna],
    ['barbara', p.barbara],
    ['edward', p.edward],
  ])
  await groupClass('2025-06-10', 'Budżet domowy', [
    ['barbara', p.barbara],
    ['celina', p.celina],
  ])
  await groupClass('2025-11-20', 'Komunikacja', [
    ['grazyna', p.grazyna],
    ['kamil', p.kamilAgain],
  ])

  await addFunding(db, 'srodki_wlasne_gminy', '', '2025-01', '2025-12', 12_000_000)
  await addFunding(db, 'projekt_ue', 'Aktywni razem', '2025-04', '2025-09', 5_000_000)
  await addFunding(db, 'fundusz_pracy', '', '2024-01', '2024-12', null)
  await addFunding(db, 'dotacja_wojewody', 'dotacja na działalność KIS', '2025-06', '2026-05', 2_000_000)

  return { people, lists: await buildPsu(db, people), staff }
}

async function addStaff(db: Db, fullName: string, position: string): Promise<number> {
  const { id } = await db
    .insertInto('staff_members')
    .values({ full_name: fullName, position, phone: '', active: 1, created_at: STAMP, updated_at: STAMP })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

async function addEngagement(
  db: Db,
  staffMemberId: number,
  role: string,
  basis: 'umowa_o_prace' | 'umowa_zlecenie',
  ftePermille: number | null,
  monthlyMin: number | null,
  from: string,
  to: string | null,
) {
  await db
    .insertInto('kis_staff_engagements')
    .values({
      staff_member_id: staffMemberId,
      kis_role: role,
      basis,
      fte_permille: ftePermille,
      monthly_min: monthlyMin,
      date_from: from,
      date_to: to,
      notes: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute()
}

async function addFunding(
  db: Db,
  source: 'srodki_wlasne_gminy' | 'fundusz_pracy' | 'projekt_ue' | 'dotacja_wojewody',
  name: string,
  from: string,
  to: string,
  amountGr: number | null,
) {
  await db
    .insertInto('report_funding_sources')
    .values({
      source,
      name,
      month_from: from,
      month_to: to,
      amount_gr: amountGr,
      notes: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute()
}

/** PSU 2024–2026: hours on locked sheets, then payout lists, payments and refunds through issue 6's services. */
async function buildPsu(db: Db, people: Record<PersonKey, number>): Promise<Record<string, number>> {
  const clock = { now: new Date('2024-06-05T09:00:00Z') }
  const now = () => clock.now
  const { payouts, refunds } = createPayoutServices(db, now)
  const at = (day: string) => {
    clock.now = new Date(`${day}T09:00:00Z`)
  }

  const cleaningSchool = await addPosition(db, 'Szkoła Podstawowa nr 3', 'osoba sprzątająca')
  const courier = await addPosition(db, 'Urząd Miejski', 'goniec doręczyciel')
  const handyman = await addPosition(db, 'Ośrodek Kultury', 'robotnik gospodarczy')
  const cleaningLibrary = await addPosition(db, 'Biblioteka Miejska', 'osoba sprzątająca')

  // Old regime, 2024: 12,20 zł/h; refund 60 % of the minimum rate (10,90 zł until 31 May 2024, then 12,20 zł).
  const p0 = await addPorozumienie(
    db,
    'PSU/1/2024',
    '2023-12-15',
    '2024-01-01',
    '2024-12-31',
    [['2024-01-01', 1220]],
    'stawka_minimalna',
    6000,
  )
  // Old regime (signed before 1 June 2025), running through 2025; the rate rises on 16 June 2025.
  const a = await addPorozumienie(
    db,
    'PSU/1/2025',
    '2024-12-15',
    '2025-01-01',
    '2025-12-31',
    [
      ['2025-01-01', 1220],
      ['2025-06-16', 1300],
    ],
    'stawka_minimalna',
    6000,
  )
  // New regime (signed after 1 June 2025): 15,00 zł/h, refund 50 % of the amount paid.
  const b = await addPorozumienie(
    db,
    'PSU/2/2025',
    '2025-06-10',
    '2025-07-01',
    '2026-06-30',
    [['2025-07-01', 1500]],
    'stawka_wyplacona',
    5000,
  )

  const lechP0 = await addAssignment(db, {
    participantId: people.lech,
    positionId: cleaningSchool,
    porozumienieId: p0,
    from: '2024-05-01',
    to: '2024-12-31',
  })
  const lechA = await addAssignment(db, {
    participantId: people.lech,
    positionId: cleaningSchool,
    porozumienieId: a,
    from: '2025-05-01',
    to: '2025-08-31',
  })
  const monikaA = await addAssignment(db, {
    participantId: people.monika,
    positionId: courier,
    porozumienieId: a,
    from: '2025-05-01',
    to: '2025-06-30',
  })
  const monikaB = await addAssignment(db, {
    participantId: people.monika,
    positionId: handyman,
    porozumienieId: b,
    from: '2025-07-01',
    to: '2025-09-30',
  })
  const edwardB = await addAssignment(db, {
    participantId: people.edward,
    positionId: cleaningLibrary,
    porozumienieId: b,
    from: '2025-09-01',
    to: '2025-09-30',
  })
  const edwardB2026 = await addAssignment(db, {
    participantId: people.edward,
    positionId: cleaningLibrary,
    porozumienieId: b,
    from: '2026-01-01',
    to: '2026-01-31',
  })

  const sheet = (assignment: number, month: string, days: number[], minutes: number) =>
    addSheet(
      db,
      assignment,
      month,
      Object.fromEntries(days.map((d) => [`${month}-${String(d).padStart(2, '0')}`, minutes])),
    ).then((id) => setSheetStatus(db, id, 'zamkniety'))
  await sheet(lechP0, '2024-05', [27, 28, 29], 120)
  await sheet(lechP0, '2024-12', [2, 3], 300)
  await sheet(lechA, '2025-05', [5, 6, 7, 8, 9, 12, 13, 14, 15, 16], 240)
  await sheet(lechA, '2025-06', [2, 3, 4, 5, 6, 16, 17, 18, 20, 23], 240)
  await sheet(lechA, '2025-07', [1, 2, 3, 4, 7, 8, 9, 10, 11, 14], 180)
  // August 2025 is locked but never closed into a payout list (the quality check finds it).
  await sheet(lechA, '2025-08', [4, 5], 300)
  await sheet(monikaA, '2025-05', [5, 6, 7, 8, 9], 240)
  await sheet(monikaA, '2025-06', [2, 3], 300)
  await sheet(monikaB, '2025-07', [1, 2, 3, 4, 7], 300)
  await sheet(monikaB, '2025-08', [4, 5, 6, 7, 8, 11, 12, 13, 14, 18], 240)
  // Monika's September 2025 has no sheet at all (the quality check finds it).
  await sheet(edwardB, '2025-09', [1, 2, 3, 4, 5], 150)
  await sheet(edwardB2026, '2026-01', [5, 7, 8, 9, 12], 240)

  const lists: Record<string, number> = {}
  async function close(
    key: string,
    porozumienieId: number,
    month: string,
    computedOn: string,
    paidOn: string | null,
  ) {
    at(computedOn)
    const list = await payouts.compute(porozumienieId, month)
    await payouts.approve(list.id)
    if (paidOn) {
      at(paidOn)
      await payouts.pay({ listId: list.id, itemIds: list.items.map((i) => i.id), paidOn, form: null })
    }
    lists[key] = list.id
  }
  const request = async (porozumienieId: number, keys: string[], on: string) => {
    at(on)
    return (await refunds.create({ porozumienieId, listIds: keys.map((k) => lists[k]!), requestedOn: on })).id
  }
  const receive = async (id: number, on: string, gr: number) => {
    at(on)
    await refunds.receive({ id, receivedOn: on, receivedGr: gr })
  }

  await close('P0 2024-05', p0, '2024-05', '2024-06-05', '2024-06-10')
  await close('P0 2024-12', p0, '2024-12', '2025-01-05', '2025-01-08')
  await receive(await request(p0, ['P0 2024-05', 'P0 2024-12'], '2025-01-10'), '2025-01-20', 11_244)
  await close('A 2025-05', a, '2025-05', '2025-06-05', '2025-06-10')
  await close('A 2025-06', a, '2025-06', '2025-07-05', '2025-07-08')
  const r1 = await request(a, ['A 2025-05', 'A 2025-06'], '2025-07-10')
  await close('A 2025-07', a, '2025-07', '2025-08-05', '2025-08-08')
  await close('B 2025-07', b, '2025-07', '2025-08-05', '2025-08-08')
  await receive(r1, '2025-08-10', 80_520)
  const r2 = await request(a, ['A 2025-07'], '2025-08-10')
  await close('B 2025-08', b, '2025-08', '2025-09-05', '2025-09-08')
  await request(b, ['B 2025-07', 'B 2025-08'], '2025-09-10')
  // The PUP paid 200,00 zł of the 219,60 zł asked for July.
  await receive(r2, '2025-09-15', 20_000)
  await close('B 2025-09', b, '2025-09', '2025-10-05', null)
  await close('B 2026-01', b, '2026-01', '2026-02-05', null)
  return lists
}

async function addPorozumienie(
  db: Db,
  number: string,
  signedOn: string,
  from: string,
  to: string,
  rates: [string, number][],
  refundBase: 'stawka_minimalna' | 'stawka_wyplacona',
  refundShareBp: number,
): Promise<number> {
  const { id } = await db
    .insertInto('psu_porozumienia')
    .values({
      number,
      number_key: number.toLowerCase(),
      signed_on: signedOn,
      period_from: from,
      period_to: to,
      planned_persons: 10,
      planned_min: 6000,
      monthly_limit_min: 2400,
      weekly_limit_min: null,
      refund_share_bp: refundShareBp,
      refund_base: refundBase,
      notes: '',
      created_at: STAMP,
      updated_at: STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const [validFrom, rateGr] of rates) {
    await db
      .insertInto('psu_porozumienie_rates')
      .values({ porozumienie_id: id, valid_from: validFrom, rate_gr: rateGr })
      .execute()
  }
  return id
}
