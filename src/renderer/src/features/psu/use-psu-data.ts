// Small loaders for the lists the PSU tabs share; each reloads on demand after a save.
import { useCallback, useEffect, useState } from 'react'
import type { PorozumienieRecord } from '@shared/psu-porozumienia.schema'
import type { PositionTypeRecord, WorkplaceRecord } from '@shared/psu-workplaces.schema'
import type { PsuSettings } from '@shared/psu-plan.schema'
import { notifyError, unwrap } from '../../api/client'

function useLoaded<T>(load: () => Promise<T>, initial: T): [T, () => void] {
  const [data, setData] = useState<T>(initial)
  const reload = useCallback(() => {
    load().then(setData, notifyError)
    // `load` is a module-level call: stable by construction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useEffect(reload, [reload])
  return [data, reload]
}

const NO_WORKPLACES: WorkplaceRecord[] = []
const NO_TYPES: PositionTypeRecord[] = []
const NO_POROZUMIENIA: PorozumienieRecord[] = []

export function useWorkplaces(includeArchived: boolean): [WorkplaceRecord[], () => void] {
  const [data, setData] = useState<WorkplaceRecord[]>(NO_WORKPLACES)
  const reload = useCallback(() => {
    unwrap(window.api.workplaces.list({ includeArchived })).then(setData, notifyError)
  }, [includeArchived])
  useEffect(reload, [reload])
  return [data, reload]
}

export function usePositionTypes() {
  return useLoaded(() => unwrap(window.api.positiontypes.list()), NO_TYPES)
}

export function usePorozumienia() {
  return useLoaded(() => unwrap(window.api.porozumienia.list()), NO_POROZUMIENIA)
}

export function usePsuSettings() {
  return useLoaded<PsuSettings | null>(() => unwrap(window.api.psusettings.get()), null)
}
