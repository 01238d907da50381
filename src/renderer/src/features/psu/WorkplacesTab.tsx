import { useState } from 'react'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { modals } from '@mantine/modals'
import type { PositionRecord, WorkplaceRecord } from '@shared/psu-workplaces.schema'
import { pluralPl } from '@shared/text'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { PositionFormModal } from './PositionFormModal'
import { usePositionTypes, useWorkplaces } from './use-psu-data'
import { WorkplaceFormModal } from './WorkplaceFormModal'

type Editing =
  | { kind: 'workplace'; workplace: WorkplaceRecord | null }
  | { kind: 'position'; workplace: WorkplaceRecord; position: PositionRecord | null }
  | null

export function WorkplacesTab() {
  const [showArchived, setShowArchived] = useState(false)
  const [workplaces, reload] = useWorkplaces(showArchived)
  const [types] = usePositionTypes()
  const [editing, setEditing] = useState<Editing>(null)

  function saved() {
    setEditing(null)
    reload()
  }

  function confirm(title: string, text: string, label: string, run: () => Promise<unknown>, done: string) {
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{text}</Text>,
      labels: { confirm: label, cancel: 'Anuluj' },
      confirmProps: { color: label === 'Usuń' ? 'red' : 'orange' },
      onConfirm: () =>
        run().then(() => {
          notifySaved(done)
          reload()
        }, notifyError),
    })
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Checkbox
          label="Pokaż archiwalne"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
        <Button onClick={() => setEditing({ kind: 'workplace', workplace: null })}>
          Dodaj miejsce pracy
        </Button>
      </Group>
      {workplaces.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          Brak miejsc pracy. Dodaj jednostkę, w której uczestnicy wykonują prace (szkoła, urząd, biblioteka…).
        </Text>
      )}
      {workplaces.map((w) => (
        <Card key={w.id} withBorder padding="sm" aria-label={`Miejsce pracy ${w.name}`}>
          <Group justify="space-between" align="start">
            <div>
              <Group gap="xs">
                <Title order={4}>{w.name}</Title>
                {w.archived && <Badge color="orange">archiwum</Badge>}
              </Group>
              <Text size="sm" c="dimmed">
                {[w.address, w.contact].filter(Boolean).join(' · ') || 'brak adresu'}
              </Text>
              <Text size="sm">
                Opiekun: {w.supervisorName}
                {w.supervisorRole ? `, ${w.supervisorRole}` : ''}
              </Text>
            </div>
            <Group gap="xs">
              {!w.archived && (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setEditing({ kind: 'position', workplace: w, position: null })}
                >
                  Dodaj stanowisko
                </Button>
              )}
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing({ kind: 'workplace', workplace: w })}
              >
                Edytuj
              </Button>
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="subtle" aria-label={`Więcej: ${w.name}`}>
                    ⋯
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    onClick={() =>
                      confirm(
                        w.archived ? 'Przywrócenie miejsca pracy' : 'Archiwizacja miejsca pracy',
                        w.archived
                          ? `Przywrócić „${w.name}” na listę bieżących?`
                          : `Przenieść „${w.name}” do archiwum? Historia zostaje, ale nie będzie można kierować tu nowych osób.`,
                        w.archived ? 'Przywróć' : 'Archiwizuj',
                        () => unwrap(window.api.workplaces.archive({ id: w.id, archived: !w.archived })),
                        w.name,
                      )
                    }
                  >
                    {w.archived ? 'Przywróć' : 'Archiwizuj'}
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    onClick={() =>
                      confirm(
                        'Usunięcie miejsca pracy',
                        `Usunąć „${w.name}”? Można usunąć tylko miejsce bez historii przydziałów.`,
                        'Usuń',
                        () => unwrap(window.api.workplaces.remove({ id: w.id })),
                        `${w.name} — usunięto`,
                      )
                    }
                  >
                    Usuń
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Group>
          {w.positions.length > 0 && (
            <Table mt="xs" withTableBorder aria-label={`Stanowiska — ${w.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Rodzaj prac</Table.Th>
                  <Table.Th>Miejsca</Table.Th>
                  <Table.Th>Zajęte dziś</Table.Th>
                  <Table.Th>Opis</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {w.positions.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      {p.typeName} {p.archived && <Badge color="orange">archiwum</Badge>}
                    </Table.Td>
                    <Table.Td>{p.places}</Table.Td>
                    <Table.Td>{p.occupied}</Table.Td>
                    <Table.Td>{p.description}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setEditing({ kind: 'position', workplace: w, position: p })}
                        >
                          Edytuj
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="orange"
                          onClick={() =>
                            confirm(
                              p.archived ? 'Przywrócenie stanowiska' : 'Archiwizacja stanowiska',
                              `${p.archived ? 'Przywrócić' : 'Zarchiwizować'} stanowisko „${p.typeName}” (${p.assignments} ${pluralPl(p.assignments, 'przydział', 'przydziały', 'przydziałów')} w historii)?`,
                              p.archived ? 'Przywróć' : 'Archiwizuj',
                              () => unwrap(window.api.positions.archive({ id: p.id, archived: !p.archived })),
                              p.typeName,
                            )
                          }
                        >
                          {p.archived ? 'Przywróć' : 'Archiwizuj'}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            confirm(
                              'Usunięcie stanowiska',
                              `Usunąć stanowisko „${p.typeName}”? Stanowisko z historią przydziałów można tylko zarchiwizować.`,
                              'Usuń',
                              () => unwrap(window.api.positions.remove({ id: p.id })),
                              `${p.typeName} — usunięto`,
                            )
                          }
                        >
                          Usuń
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      ))}
      {editing?.kind === 'workplace' && (
        <WorkplaceFormModal workplace={editing.workplace} onClose={() => setEditing(null)} onSaved={saved} />
      )}
      {editing?.kind === 'position' && (
        <PositionFormModal
          workplace={editing.workplace}
          position={editing.position}
          types={types}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </Stack>
  )
}
