import { useCallback, useEffect, useState } from 'react'
import { Button, Group, Stack, Tabs, Title } from '@mantine/core'
import type { PayoutSources } from '@shared/payouts.schema'
import { notifyError, unwrap } from '../../api/client'
import { PayoutListsTab } from './PayoutListsTab'
import { PayoutSettingsModal } from './PayoutSettingsModal'
import { RefundsTab } from './RefundsTab'
import { YearTab } from './YearTab'

/** Wypłaty PSU: payout lists from locked months, refund requests to the PUP, the year's figures. */
export function PayoutsPage() {
  const [sources, setSources] = useState<PayoutSources | null>(null)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const load = useCallback(() => {
    unwrap(window.api.payouts.sources()).then(setSources, notifyError)
  }, [])
  useEffect(load, [load])

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Wypłaty PSU</Title>
        <Button variant="default" onClick={() => setSettingsOpen(true)}>
          Ustawienia wypłat i refundacji
        </Button>
      </Group>
      <Tabs defaultValue="lists" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="lists">Listy wypłat</Tabs.Tab>
          <Tabs.Tab value="refunds">Refundacje</Tabs.Tab>
          <Tabs.Tab value="year">Rok</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="lists" pt="md">
          {sources && <PayoutListsTab sources={sources} />}
        </Tabs.Panel>
        <Tabs.Panel value="refunds" pt="md">
          {sources && <RefundsTab sources={sources} />}
        </Tabs.Panel>
        <Tabs.Panel value="year" pt="md">
          <YearTab />
        </Tabs.Panel>
      </Tabs>
      {settingsOpen && <PayoutSettingsModal onClose={() => setSettingsOpen(false)} />}
    </Stack>
  )
}
