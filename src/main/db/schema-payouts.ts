// PSU payouts and refunds (migration 0005), and the report data kept only for reports (0006, 0010).
import type { Generated } from 'kysely'

export interface PsuPayoutSettingsTable {
  id: number
  pup_name: string
  pup_address: string
  prepared_by: string
  checked_by: string
  approved_by: string
  // Migration 0011: the refund request is the gmina's; identifiers on payout lists are a choice.
  gmina_name: string
  gmina_account: string
  signatory_name: string
  signatory_function: string
  list_shows_identifiers: 0 | 1
}

export interface PsuPaymentDetailsTable {
  participant_id: number
  payment_form: 'gotowka' | 'przelew'
  /** Electronic IBAN "PL" + 26 digits, checksum-valid. */
  account_iban: string | null
  updated_at: string
}

export interface PsuPayoutListsTable {
  id: Generated<number>
  year: number
  seq: number
  number: string
  porozumienie_id: number
  /** YYYY-MM */
  month: string
  status: 'projekt' | 'zatwierdzona' | 'wyplacona' | 'anulowana'
  refund_base: 'stawka_minimalna' | 'stawka_wyplacona'
  refund_share_bp: number
  computed_at: string
  approved_at: string | null
  approved_by: string
  paid_at: string | null
  cancelled_at: string | null
  cancel_reason: string
  created_at: string
  updated_at: string
}

export interface PsuPayoutListSourcesTable {
  list_id: number
  timesheet_id: number
  version: number
}

export interface PsuPayoutItemsTable {
  id: Generated<number>
  list_id: number
  participant_id: number
  first_name: string
  last_name: string
  worked_min: number
  amount_gr: number
  refund_gr: number
  payment_form: 'gotowka' | 'przelew'
  account_iban: string | null
  paid_on: string | null
  paid_form: 'gotowka' | 'przelew' | null
}

export interface PsuPayoutItemPositionsTable {
  item_id: number
  assignment_id: number
  position_id: number
  position_type: string
  workplace: string
  worked_min: number
}

export interface PsuPayoutItemRatesTable {
  item_id: number
  kind: 'swiadczenie' | 'minimalna'
  valid_from: string
  rate_gr: number
  minutes: number
}

export interface PsuRefundRequestsTable {
  id: Generated<number>
  year: number
  seq: number
  number: string
  porozumienie_id: number
  requested_on: string
  due_on: string
  requested_gr: number
  status: 'zlozony' | 'otrzymany' | 'anulowany'
  received_on: string | null
  received_gr: number | null
  cancel_reason: string
  created_at: string
  updated_at: string
}

export interface PsuRefundRequestListsTable {
  request_id: number
  list_id: number
  active: 0 | 1
}

export interface KisStaffEngagementsTable {
  id: Generated<number>
  staff_member_id: number
  kis_role: string
  basis: 'umowa_o_prace' | 'umowa_zlecenie' | 'umowa_o_dzielo' | 'powolanie' | 'wolontariat' | 'inne'
  /** Fraction of a full-time post in thousandths (500 = ½ etatu). */
  fte_permille: number | null
  monthly_min: number | null
  date_from: string
  date_to: string | null
  notes: string
  created_at: string
  updated_at: string
}

export interface ReportFundingSourcesTable {
  id: Generated<number>
  source: 'srodki_wlasne_gminy' | 'fundusz_pracy' | 'projekt_ue' | 'dotacja_wojewody' | 'inne'
  name: string
  /** YYYY-MM */
  month_from: string
  month_to: string
  amount_gr: number | null
  notes: string
  created_at: string
  updated_at: string
}

export interface ReportGrantsTable {
  id: Generated<number>
  /** The year the grant was for (the report on that year settles it). */
  year: number
  /** The grant and who granted it. */
  name: string
  granted_gr: number
  used_gr: number
  returned_gr: number
  notes: string
  created_at: string
  updated_at: string
}
