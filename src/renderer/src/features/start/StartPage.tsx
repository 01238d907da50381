import { useState } from 'react'
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { formatDate } from '@shared/dates'
import { ACTION_STATUSES } from '@shared/kontrakt.schema'
import {
  ACTIONS_DUE_WITHIN_DAYS,
  EVALUATION_EVERY_MONTHS,
  SIX_MONTHS_WITHIN_DAYS,
} from '@shared/start.schema'
import { pluralPl } from '@shared/text'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { QualityCard } from './QualityCard'
import { PersonViewModal } from '../participants/PersonViewModal'

type Opened = { participantId: number; tab: 'kontrakt' | 'participation' }

/** The deadlines board: what needs attention now. Each row opens the person's view. */
export function StartPage() {
  const { data: board, reload: load } = useLoad('board', () => unwrap(window.api.start.board()))
  const [opened, setOpened] = useState<Opened | null>(null)

  const row = (o: Opened) => ({
    tabIndex: 0,
    style: { cursor: 'pointer' },
    onClick: () => setOpened(o),
    onKeyDown: (e: React.KeyboardEvent) => e.key === 'Enter' && setOpened(o),
  })

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Start</Title>
        {board && (
          <Text c="dimmed" size="sm">
            Terminy na dzień {formatDate(board.today)}
          </Text>
        )}
      </Group>
      {board && (
        <>
          <Card withBorder aria-label="Działania z kontraktów">
            <Title order={4}>
              Działania z kontraktów — zaległe i na najbliższe {ACTIONS_DUE_WITHIN_DAYS} dni
            </Title>
            {board.actions.length === 0 ? (
              <Text c="dimmed" size="sm" mt="xs">
                Brak działań z terminem w najbliższych dniach.
              </Text>
            ) : (
              <Table mt="xs" striped highlightOnHover aria-label="Terminy działań">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Termin</Table.Th>
                    <Table.Th>Osoba</Table.Th>
                    <Table.Th>Działanie</Table.Th>
                    <Table.Th>Odpowiada</Table.Th>
                    <Table.Th>Kontrakt</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {board.actions.map((a) => (
                    <Table.Tr key={a.actionId} {...row({ participantId: a.participantId, tab: 'kontrakt' })}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          {formatDate(a.deadline)}
                          {a.overdue && (
                            <Badge color="red" size="sm">
                              zaległe
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{a.personName}</Table.Td>
                      <Table.Td>
                        {a.description}{' '}
                        <Text span size="xs" c="dimmed">
                          ({a.side === 'osoba' ? 'osoba' : 'ośrodek'}, {ACTION_STATUSES[a.status]})
                        </Text>
                      </Table.Td>
                      <Table.Td>{a.responsible}</Table.Td>
                      <Table.Td>{a.kontraktNumber}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Card withBorder aria-label="Kontrakty bez oceny">
              <Title order={4}>Kontrakty bez oceny od {EVALUATION_EVERY_MONTHS} miesięcy</Title>
              {board.evaluations.length === 0 ? (
                <Text c="dimmed" size="sm" mt="xs">
                  Wszystkie podpisane kontrakty mają aktualną ocenę.
                </Text>
              ) : (
                <Table mt="xs" striped highlightOnHover aria-label="Kontrakty do oceny">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Osoba</Table.Th>
                      <Table.Th>Kontrakt</Table.Th>
                      <Table.Th>Ostatnia ocena</Table.Th>
                      <Table.Th>Ocena należna od</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {board.evaluations.map((e) => (
                      <Table.Tr
                        key={e.kontraktId}
                        {...row({ participantId: e.participantId, tab: 'kontrakt' })}
                      >
                        <Table.Td>{e.personName}</Table.Td>
                        <Table.Td>{e.kontraktNumber}</Table.Td>
                        <Table.Td>{e.lastEvaluatedOn ? formatDate(e.lastEvaluatedOn) : 'brak'}</Table.Td>
                        <Table.Td>{formatDate(e.dueSince)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <Card withBorder aria-label="Sześć miesięcy uczestnictwa">
              <Title order={4}>Sześć miesięcy uczestnictwa w ciągu {SIX_MONTHS_WITHIN_DAYS} dni</Title>
              {board.sixMonths.length === 0 ? (
                <Text c="dimmed" size="sm" mt="xs">
                  Nikt nie osiąga wkrótce sześciu miesięcy uczestnictwa.
                </Text>
              ) : (
                <Table mt="xs" striped highlightOnHover aria-label="Uczestnictwa bliskie sześciu miesięcy">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Osoba</Table.Th>
                      <Table.Th>Od</Table.Th>
                      <Table.Th>Sześć miesięcy</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {board.sixMonths.map((p) => (
                      <Table.Tr
                        key={p.participationId}
                        {...row({ participantId: p.participantId, tab: 'participation' })}
                      >
                        <Table.Td>{p.personName}</Table.Td>
                        <Table.Td>{formatDate(p.startDate)}</Table.Td>
                        <Table.Td>
                          {formatDate(p.reachesOn)}{' '}
                          <Text span size="xs" c="dimmed">
                            {p.daysLeft === 0
                              ? '(dziś)'
                              : `(za ${p.daysLeft} ${pluralPl(p.daysLeft, 'dzień', 'dni', 'dni')})`}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </SimpleGrid>
        </>
      )}
      <QualityCard />
      {opened && (
        <PersonViewModal
          participantId={opened.participantId}
          initialTab={opened.tab}
          onClose={() => {
            setOpened(null)
            load()
          }}
        />
      )}
    </Stack>
  )
}
