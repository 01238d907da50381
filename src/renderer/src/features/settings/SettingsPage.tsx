import { useEffect, useState } from 'react'
import { Badge, Button, Card, Group, Stack, Switch, Table, Text, Title } from '@mantine/core'
import type { Settings } from '@shared/settings.schema'
import type { StaffRecord } from '@shared/staff.schema'
import { confirmRemove } from '../../components/ListTab'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { OfficeCard } from './OfficeCard'
import { PayoutSettingsCard } from './PayoutSettingsCard'
import { PsuSettingsCard } from './PsuSettingsCard'
import { StaffFormModal } from './StaffFormModal'
import { useStaff } from './use-staff'

/** The one place for the office, the PUP and signatories, the PSU coordinator, rules and staff. */
export function SettingsPage() {
  return (
    <Stack gap="md" maw={980}>
      <Title order={2}>Ustawienia</Title>
      <OfficeCard />
      <PayoutSettingsCard />
      <PsuSettingsCard />
      <RulesCard />
      <StaffCard />
    </Stack>
  )
}

function RulesCard() {
  const [settings, setSettings] = useState<Settings | null>(null)
  useEffect(() => {
    unwrap(window.api.settings.get()).then(setSettings, notifyError)
  }, [])

  async function toggle(requireTherapyForAddicted: boolean) {
    if (!settings) return
    try {
      setSettings(await unwrap(window.api.settings.update({ ...settings, requireTherapyForAddicted })))
      notifySaved('Zasady ośrodka')
    } catch (error) {
      notifyError(error)
    }
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>Zasady ośrodka</Title>
        <Switch
          label="Ostrzegaj, gdy osoba uzależniona nie ukończyła terapii"
          description="Zasada ośrodka, nie ustawy — przy przyjęciu pokazuje ostrzeżenie, nie blokuje."
          checked={settings?.requireTherapyForAddicted ?? false}
          disabled={!settings}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
      </Stack>
    </Card>
  )
}

function StaffCard() {
  const { staff, reload } = useStaff(true)
  const [editing, setEditing] = useState<{ member: StaffRecord | null } | null>(null)

  const remove = (member: StaffRecord) =>
    confirmRemove({
      title: 'Usunięcie pracownika',
      text: `Usunąć ${member.fullName} z listy pracowników?`,
      remove: () => unwrap(window.api.staff.delete({ id: member.id })),
      removed: `Usunięto: ${member.fullName}`,
      reload,
    })

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Pracownicy socjalni</Title>
          <Button variant="light" onClick={() => setEditing({ member: null })}>
            Dodaj pracownika
          </Button>
        </Group>
        {staff.length === 0 ? (
          <Text c="dimmed" size="sm">
            Lista jest pusta. Dodaj pracowników socjalnych — wybiera się ich w kontraktach i skierowaniach.
          </Text>
        ) : (
          <Table withTableBorder striped aria-label="Pracownicy socjalni">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Imię i nazwisko</Table.Th>
                <Table.Th>Stanowisko</Table.Th>
                <Table.Th>Telefon</Table.Th>
                <Table.Th>Stan</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.fullName}</Table.Td>
                  <Table.Td>{s.position}</Table.Td>
                  <Table.Td>{s.phone}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={s.active ? 'teal' : 'gray'}>
                      {s.active ? 'aktywny' : 'nieaktywny'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setEditing({ member: s })}>
                        Edytuj
                      </Button>
                      {!s.inUse && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => remove(s)}>
                          Usuń
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed">
          Pracownika, który występuje w kontraktach lub wpisach, nie można usunąć — oznacz go jako
          nieaktywnego.
        </Text>
      </Stack>
      {editing && (
        <StaffFormModal
          member={editing.member}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            reload()
          }}
        />
      )}
    </Card>
  )
}
