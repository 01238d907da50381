// Small loaders for the lists the PSU tabs share; each reloads on demand after a save.
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import type { PositionTypeRecord, WorkplaceRecord } from '@shared/psu-workplaces.schema'
import type { PsuSettings } from '@shared/psu-plan.schema'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'

const NO_WORKPLACES: WorkplaceRecord[] = []
const NO_TYPES: PositionTypeRecord[] = []
const NO_POROZUMIENIA: PorozumienieRecord[] = []

export function useWorkplaces(includeArchived: boolean): [WorkplaceRecord[], () => void] {
  const { data, reload } = useLoad(String(includeArchived), () =>
    unwrap(window.api.workplaces.list({ includeArchived })),
  )
  return [data ?? NO_WORKPLACES, reload]
}

export function usePositionTypes(): [PositionTypeRecord[], () => void] {
  const { data, reload } = useLoad('types', () => unwrap(window.api.positiontypes.list()))
  return [data ?? NO_TYPES, reload]
}

export function usePorozumienia(): [PorozumienieRecord[], () => void] {
  const { data, reload } = useLoad('porozumienia', () => unwrap(window.api.porozumienia.list()))
  return [data ?? NO_POROZUMIENIA, reload]
}

export function usePsuSettings(): [PsuSettings | null, () => void] {
  const { data, reload } = useLoad('psu-settings', () => unwrap(window.api.psusettings.get()))
  return [data, reload]
}
