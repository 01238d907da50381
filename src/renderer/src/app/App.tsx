import { useState } from 'react'
import { AppShell, Group, NavLink, Stack, Text, Title } from '@mantine/core'
import { ParticipantsPage } from '../features/participants/ParticipantsPage'
import { useAppInfo } from '../api/use-app-info'

/** Sections appear here once they exist; each is one screen of its domain. */
const SECTIONS = [{ id: 'participants', label: 'Uczestnicy', Screen: ParticipantsPage }] as const
type SectionId = (typeof SECTIONS)[number]['id']

export function App() {
  const [active, setActive] = useState<SectionId>('participants')
  const info = useAppInfo()
  const section = SECTIONS.find((s) => s.id === active) ?? SECTIONS[0]
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={4}>Klub Integracji Społecznej · PSU</Title>
          {info && (
            <Text size="xs" c="dimmed" title={info.dbPath}>
              Baza: {info.dbPath}
            </Text>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Nawigacja">
        <Stack gap={2}>
          {SECTIONS.map((s) => (
            <NavLink key={s.id} label={s.label} active={s.id === active} onClick={() => setActive(s.id)} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <section.Screen />
      </AppShell.Main>
    </AppShell>
  )
}
