import { useEffect, useState } from 'react'
import type { Output } from '@shared/contract'
import { unwrap } from './client'

export function useAppInfo(): Output<'app:info'> | null {
  const [info, setInfo] = useState<Output<'app:info'> | null>(null)
  useEffect(() => {
    unwrap(window.api.app.info()).then(setInfo, () => setInfo(null))
  }, [])
  return info
}
