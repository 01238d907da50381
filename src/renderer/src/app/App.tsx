import { lazy, Suspense, type ComponentType } from 'react'
import { AppShell, Center, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core'
import { useAppInfo } from '../api/use-app-info'
import { useSection } from './use-section'
import { BackupProgressStatus } from '../features/backup/BackupProgressStatus'
import { BackupWarning } from '../features/backup/BackupWarning'
import { useDatabaseGeneration } from '../features/backup/backup-events'
import { LockGate } from '../features/lock/LockGate'

/**
 * Each section's code is its own chunk, loaded when the section is first opened: the start screen
 * does not wait for the reports' charts or the PSU grids (`npm run size` prints what loads first).
 */
function lazySection<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })))
}
const StartPage = lazySection(() => import('../features/start/StartPage'), 'StartPage')
const ParticipantsPage = lazySection(
  () => import('../features/participants/ParticipantsPage'),
  'ParticipantsPage',
)
const GroupClassesPage = lazySection(
  () => import('../features/activities/GroupClassesPage'),
  'GroupClassesPage',
)
const PsuPage = lazySection(() => import('../features/psu/PsuPage'), 'PsuPage')
const PayoutsPage = lazySection(() => import('../features/payouts/PayoutsPage'), 'PayoutsPage')
const ReportsPage = lazySection(() => import('../features/reports/ReportsPage'), 'ReportsPage')
const SettingsPage = lazySection(() => import('../features/settings/SettingsPage'), 'SettingsPage')
const BackupPage = lazySection(() => import('../features/backup/BackupPage'), 'BackupPage')
const PrivacyPage = lazySection(() => import('../features/privacy/PrivacyPage'), 'PrivacyPage')

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
const SECTION_IDS = SECTIONS.map((s) => s.id)

/** Nothing of the app is mounted while the screen is locked. */
export function App() {
  return (
    <LockGate>
      <Shell />
    </LockGate>
  )
}

function Shell() {
  const [active, setActive] = useSection<SectionId>(SECTION_IDS, 'start')
  const info = useAppInfo()
  const databaseGeneration = useDatabaseGeneration()
  const section = SECTIONS.find((s) => s.id === active) ?? SECTIONS[0]
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={4}>Klub Integracji Społecznej · PSU</Title>
          <BackupProgressStatus />
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
            <NavLink
              key={s.id}
              href={`#${s.id}`}
              label={s.label}
              active={s.id === active}
              onClick={(event) => {
                event.preventDefault()
                setActive(s.id)
              }}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <BackupWarning onOpen={() => setActive('backup')} />
        {/* After a restore every screen is mounted afresh, so nothing shows data of the old file. */}
        <Suspense fallback={<SectionLoading />}>
          <section.Screen key={databaseGeneration} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}

function SectionLoading() {
  return (
    <Center h={200}>
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">Wczytywanie…</Text>
    </Center>
  )
}
