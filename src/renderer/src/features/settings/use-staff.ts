import type { StaffRecord } from '@shared/staff.schema'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'

const NO_STAFF: StaffRecord[] = []

/** The staff list; active members only unless asked for all. */
export function useStaff(includeInactive = false): { staff: StaffRecord[]; reload: () => void } {
  const { data, reload } = useLoad(String(includeInactive), () =>
    unwrap(window.api.staff.list({ includeInactive })),
  )
  return { staff: data ?? NO_STAFF, reload }
}

/** Options for a Select: active members, plus the one already chosen even if inactive now. */
export function staffOptions(
  staff: StaffRecord[],
  keepId?: number | null,
): { value: string; label: string }[] {
  return staff
    .filter((s) => s.active || s.id === keepId)
    .map((s) => ({ value: String(s.id), label: s.position ? `${s.fullName} — ${s.position}` : s.fullName }))
}
