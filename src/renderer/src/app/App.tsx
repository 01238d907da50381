import { AppShell, Group, NavLink, Stack, Text, Title } from '@mantine/core'
import { ParticipantsPage } from '../features/participants/ParticipantsPage'
import { StartPage } from '../features/start/StartPage'
import { GroupClassesPage } from '../features/activities/GroupClassesPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { useAppInfo } from '../api/use-app-info'
import { useSection } from './use-section'
import { BackupPage } from '../features/backup/BackupPage'
import { BackupWarning } from '../features/backup/BackupWarning'
import { useDatabaseGeneration } from '../features/backup/backup-events'
import { PayoutsPage } from '../features/payouts/PayoutsPage'
import { PsuPage } from '../features/psu/PsuPage'
import { ReportsPage } from '../features/reports/ReportsPage'
import { PrivacyPage } from '../features/privacy/PrivacyPage'
import { LockGate } from '../features/lock/LockGate'

/** Sections appear here once they exist; each is one screen of its domain. */
const SECTIONS = [
  { id: 'start', label: 'Start', Screen: StartPage },
  { id: 'participants', label: 'Uczestnicy', Screen: ParticipantsPage },
  { id: 'classes', label: 'Zajęcia grupowe', Screen: GroupClassesPage },
  { id: 'psu', label: 'PSU', Screen: PsuPage },
  { id: 'payouts', label: 'Wypłaty PSU', Screen: PayoutsPage },
  { id: 'reports', label: 'Sprawozdania', Screen: ReportsPage },
  { id: 'settings', label: 'Ustawienia', Screen: SettingsPage },
  { id: 'privacy', label: 'Ochrona danych', Screen: PrivacyPage },
  { id: 'backup', label: 'Kopie zapasowe', Screen: BackupPage },
] as const
type SectionId = (typeof SECTIONS)[number]['id']

/** Nothing of the app is mounted while the screen is locked. */
export function App() {
  return (
    <LockGate>
      <Shell />
    </LockGate>
  )
}

function Shell() {
  const [active, setActive] = useSection<SectionId>(
    SECTIONS.map((s) => s.id),
    'start',
  )
  const info = useAppInfo()
  const databaseGeneration = useDatabaseGeneration()
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
            <NavLink key={s.id} href={`#${s.id}`} label={s.label} active={s.id === active} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <BackupWarning onOpen={() => setActive('backup')} />
        {/* After a restore every screen is mounted afresh, so nothing shows data of the old file. */}
        <section.Screen key={databaseGeneration} />
      </AppShell.Main>
    </AppShell>
  )
}
