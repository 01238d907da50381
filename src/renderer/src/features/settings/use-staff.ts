import { useCallback, useEffect, useState } from 'react'
import type { StaffRecord } from '@shared/staff.schema'
import { notifyError, unwrap } from '../../api/client'

/** The staff list; active members only unless asked for all. */
export function useStaff(includeInactive = false): { staff: StaffRecord[]; reload: () => void } {
  const [staff, setStaff] = useState<StaffRecord[]>([])
  const reload = useCallback(() => {
    unwrap(window.api.staff.list({ includeInactive })).then(setStaff, notifyError)
  }, [includeInactive])
  useEffect(reload, [reload])
  return { staff, reload }
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
