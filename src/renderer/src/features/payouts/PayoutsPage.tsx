import { Button, Group, Stack, Tabs, Title } from '@mantine/core'
import { openSection } from '../reports/RecordLinkModal'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { PayoutListsTab } from './PayoutListsTab'
import { RefundsTab } from './RefundsTab'
import { YearTab } from './YearTab'

/** Wypłaty PSU: payout lists from locked months, refund requests to the PUP, the year's figures. */
export function PayoutsPage() {
  const { data: sources } = useLoad('sources', () => unwrap(window.api.payouts.sources()))

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Wypłaty PSU</Title>
        <Button variant="subtle" onClick={() => openSection('settings')}>
          Urząd pracy i podpisy na listach…
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
    </Stack>
  )
}
