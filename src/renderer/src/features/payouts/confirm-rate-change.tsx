import { Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import type { RateChangeInput } from '@shared/payouts.schema'
import { unwrap } from '../../api/client'
import { RateChangeEffects } from './RateChangeEffects'

/**
 * Before a rate table is saved: if the change would alter payout lists already computed, show which
 * people and amounts change and ask. Resolves true when nothing is affected or the user confirms.
 */
export async function confirmRateChange(change: RateChangeInput): Promise<boolean> {
  const preview = await unwrap(window.api.payouts.preview(change))
  const affected = preview.lists.filter((l) => l.error !== null || l.changes.length > 0)
  if (affected.length === 0) return true
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: 'Zmiana stawki zmienia policzone listy wypłat',
      size: 'xl',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Po zapisaniu te listy będą nieaktualne: listę w projekcie trzeba przeliczyć, zatwierdzoną —
            anulować i policzyć na nowo.
          </Text>
          <RateChangeEffects lists={affected} />
        </Stack>
      ),
      labels: { confirm: 'Zapisz mimo to', cancel: 'Nie zapisuj' },
      confirmProps: { color: 'orange' },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    })
  })
}
