import { useCallback, useEffect, useState } from 'react'
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { formatDate } from '@shared/dates'
import type { GroupClassRow } from '@shared/activity.schema'
import { notifyError, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { GroupClassFormModal } from './GroupClassFormModal'

export function GroupClassesPage() {
  const [rows, setRows] = useState<GroupClassRow[] | null>(null)
  const [editing, setEditing] = useState<{ id: number | null } | null>(null)
  const load = useCallback(() => {
    unwrap(window.api.classes.list()).then(setRows, notifyError)
  }, [])
  useEffect(load, [load])

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Zajęcia grupowe</Title>
        <Button onClick={() => setEditing({ id: null })}>Nowe zajęcia</Button>
      </Group>
      <ExportButtons request={(format) => ({ list: 'classes', format })} />
      {rows && rows.length === 0 && (
        <Text c="dimmed">Brak zajęć. Dodaj zajęcia i zaznacz obecnych za jednym razem.</Text>
      )}
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table withTableBorder striped highlightOnHover aria-label="Zajęcia grupowe">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Data</Table.Th>
                <Table.Th>Temat</Table.Th>
                <Table.Th>Prowadzący</Table.Th>
                <Table.Th>Obecnych</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => setEditing({ id: r.id })}
                  onKeyDown={(e) => e.key === 'Enter' && setEditing({ id: r.id })}
                >
                  <Table.Td>{formatDate(r.heldOn)}</Table.Td>
                  <Table.Td>{r.topic}</Table.Td>
                  <Table.Td>{r.leader}</Table.Td>
                  <Table.Td>{r.attendeeCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <GroupClassFormModal
          classId={editing.id}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            load()
          }}
        />
      )}
    </Stack>
  )
}
