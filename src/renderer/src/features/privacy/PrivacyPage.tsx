import { Stack, Tabs, Title } from '@mantine/core'
import { AuditLogTab } from './AuditLogTab'
import { RetentionTab } from './RetentionTab'
import { LockSettings } from '../lock/LockSettings'

/** Personal data (RODO): the audit log, retention and anonymisation, the screen lock. */
export function PrivacyPage() {
  return (
    <Stack gap="md">
      <Title order={2}>Ochrona danych osobowych</Title>
      <Tabs defaultValue="log" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="log">Rejestr czynności</Tabs.Tab>
          <Tabs.Tab value="retention">Przechowywanie i anonimizacja</Tabs.Tab>
          <Tabs.Tab value="lock">Blokada ekranu</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="log" pt="md">
          <AuditLogTab />
        </Tabs.Panel>
        <Tabs.Panel value="retention" pt="md">
          <RetentionTab />
        </Tabs.Panel>
        <Tabs.Panel value="lock" pt="md">
          <LockSettings />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
