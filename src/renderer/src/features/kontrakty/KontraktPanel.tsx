import { useCallback, useEffect, useState } from 'react'
import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { formatDate, formatDateTime, todayIso } from '@shared/dates'
import type { DocumentRequest } from '@shared/documents.schema'
import {
  ACHIEVEMENTS,
  ACTION_STATUS_CODES,
  ACTION_STATUSES,
  OPEN_ACTION_STATUSES,
  type ActionStatus,
  type KontraktRecord,
} from '@shared/kontrakt.schema'
import { DEFAULT_OFFICE, type Office } from '@shared/office.schema'
import type { ParticipantRecord } from '@shared/participant.schema'
import type { ParticipationRecord } from '@shared/participation.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { EvaluationModal } from './EvaluationModal'
import { KontraktFormModal, type KontraktFormMode } from './KontraktFormModal'
import { kontraktToForm, newKontraktForm } from './kontrakt-form'

interface Props {
  person: ParticipantRecord
  participations: ParticipationRecord[]
  kontrakty: KontraktRecord[]
  onChanged: () => void
}

/** The kontrakt of one participation (the open one by default): terms, monitoring, annexes, evaluations. */
export function KontraktPanel({ person, participations, kontrakty, onChanged }: Props) {
  const [office, setOffice] = useState<Office>(DEFAULT_OFFICE)
  const [chosen, setChosen] = useState<number | null>(null)
  const [editing, setEditing] = useState<KontraktFormMode | null>(null)
  const [evaluating, setEvaluating] = useState<KontraktRecord | null>(null)
  const [printing, setPrinting] = useState<{ title: string; request: DocumentRequest } | null>(null)
  const closePrint = useCallback(() => setPrinting(null), [])

  useEffect(() => {
    unwrap(window.api.office.get()).then(setOffice, notifyError)
  }, [])

  const participation =
    participations.find((p) => p.id === chosen) ??
    participations.find((p) => p.endDate === null) ??
    participations[0]
  if (!participation) {
    return (
      <Text c="dimmed">Kontrakt zawiera się w ramach uczestnictwa — najpierw otwórz uczestnictwo w KIS.</Text>
    )
  }
  const kontrakt = kontrakty.find((k) => k.participationId === participation.id) ?? null
  const personName = `${person.firstName} ${person.lastName}`

  function sign(k: KontraktRecord) {
    modals.openConfirmModal({
      title: 'Podpisanie kontraktu',
      children: (
        <Text size="sm">
          Potwierdź, że kontrakt nr {k.number} został podpisany przez wszystkie strony. Później jego treść
          można zmienić tylko aneksem.
        </Text>
      ),
      labels: { confirm: 'Kontrakt podpisany', cancel: 'Anuluj' },
      onConfirm: () =>
        unwrap(window.api.kontrakty.sign({ id: k.id })).then(() => {
          notifySaved(`Kontrakt ${k.number} oznaczono jako podpisany`)
          onChanged()
        }, notifyError),
    })
  }

  function progress(actionId: number, status: ActionStatus) {
    unwrap(window.api.kontrakty.progress({ actionId, status })).then(() => {
      notifySaved(`Stan działania: ${ACTION_STATUSES[status]}`)
      onChanged()
    }, notifyError)
  }

  return (
    <Stack gap="sm">
      <ExportButtons request={(format) => ({ list: 'kontrakty', format, participantId: person.id })} />
      {participations.length > 1 && (
        <Select
          label="Uczestnictwo"
          w={360}
          allowDeselect={false}
          data={participations.map((p) => ({
            value: String(p.id),
            label: `${formatDate(p.startDate)} – ${p.endDate ? formatDate(p.endDate) : 'trwa'}`,
          }))}
          value={String(participation.id)}
          onChange={(id) => setChosen(id === null ? null : Number(id))}
        />
      )}
      {!kontrakt ? (
        <Card withBorder>
          <Stack gap="xs" align="start">
            <Text>
              To uczestnictwo nie ma jeszcze kontraktu socjalnego — kontrakt jest warunkiem uczestnictwa w
              KIS.
            </Text>
            {participation.endDate === null && (
              <Button
                onClick={() =>
                  setEditing({
                    kind: 'create',
                    initial: newKontraktForm(office, participation, person),
                    personName,
                    participation,
                  })
                }
              >
                Nowy kontrakt socjalny
              </Button>
            )}
          </Stack>
        </Card>
      ) : (
        <KontraktView
          kontrakt={kontrakt}
          canAmend={participation.endDate === null}
          onEdit={() =>
            setEditing({
              kind: 'edit',
              kontrakt,
              initial: kontraktToForm(kontrakt),
              personName,
              participation,
            })
          }
          onAmend={() =>
            setEditing({
              kind: 'aneks',
              kontrakt,
              initial: kontraktToForm(kontrakt),
              personName,
              participation,
            })
          }
          onSign={() => sign(kontrakt)}
          onEvaluate={() => setEvaluating(kontrakt)}
          onPrint={(title, request) => setPrinting({ title, request })}
          onProgress={progress}
        />
      )}
      {editing && (
        <KontraktFormModal
          mode={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            onChanged()
          }}
        />
      )}
      {evaluating && (
        <EvaluationModal
          kontrakt={evaluating}
          onClose={() => setEvaluating(null)}
          onSaved={() => {
            setEvaluating(null)
            onChanged()
          }}
        />
      )}
      {printing && (
        <DocumentPreviewModal title={printing.title} request={printing.request} onClose={closePrint} />
      )}
    </Stack>
  )
}

interface ViewProps {
  kontrakt: KontraktRecord
  canAmend: boolean
  onEdit: () => void
  onAmend: () => void
  onSign: () => void
  onEvaluate: () => void
  onPrint: (title: string, request: DocumentRequest) => void
  onProgress: (actionId: number, status: ActionStatus) => void
}

function KontraktView({
  kontrakt: k,
  canAmend,
  onEdit,
  onAmend,
  onSign,
  onEvaluate,
  onPrint,
  onProgress,
}: ViewProps) {
  const today = todayIso()
  const signed = k.signedAt !== null
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="start">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={4}>Kontrakt socjalny nr {k.number}</Title>
            <Badge variant="light">wariant {k.variant}</Badge>
            <Badge color={signed ? 'teal' : 'yellow'} data-testid="kontrakt-state">
              {signed ? 'podpisany' : 'projekt — niepodpisany'}
            </Badge>
          </Group>
          <Text size="sm">
            Zawarty {formatDate(k.concludedOn)} w miejscowości {k.place}, obowiązuje do{' '}
            {formatDate(k.endDate)}; pracownik socjalny: {k.socialWorkerName}
            {signed ? ` · podpisanie potwierdzono ${formatDateTime(k.signedAt!)}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="light"
            onClick={() =>
              onPrint(`Kontrakt socjalny ${k.number}`, { kind: 'kontrakt-socjalny', kontraktId: k.id })
            }
          >
            Podgląd i druk
          </Button>
          {!signed && (
            <>
              <Button variant="default" onClick={onEdit}>
                Edytuj
              </Button>
              <Button onClick={onSign}>Oznacz jako podpisany</Button>
            </>
          )}
          {signed && canAmend && (
            <Button variant="default" onClick={onAmend}>
              Aneks
            </Button>
          )}
          {signed && <Button onClick={onEvaluate}>Ocena realizacji</Button>}
        </Group>
      </Group>
      {!signed && (
        <Alert color="yellow">
          Projekt można poprawiać. Po wydrukowaniu i podpisaniu oznacz go jako podpisany — później zmiany
          wprowadza się tylko aneksem.
        </Alert>
      )}
      <Card withBorder padding="sm">
        <Text size="sm" fw={600}>
          Cel główny: {k.mainGoal}
        </Text>
        <Text size="sm" mt={4}>
          Cele szczegółowe:
        </Text>
        <ol style={{ margin: 0, paddingLeft: 22 }}>
          {k.goals.map((g) => (
            <li key={g.id}>
              <Text size="sm">{g.text}</Text>
            </li>
          ))}
        </ol>
      </Card>
      <Table withTableBorder striped aria-label="Działania kontraktu">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Strona</Table.Th>
            <Table.Th>Działanie</Table.Th>
            <Table.Th>Termin</Table.Th>
            <Table.Th>Odpowiada</Table.Th>
            <Table.Th w={170}>Stan</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {k.actions.map((a) => {
            const overdue = OPEN_ACTION_STATUSES.includes(a.status) && a.deadline < today
            return (
              <Table.Tr key={a.id}>
                <Table.Td>{a.side === 'osoba' ? 'osoba' : 'ośrodek'}</Table.Td>
                <Table.Td>{a.description}</Table.Td>
                <Table.Td c={overdue ? 'red' : undefined} title={overdue ? 'termin minął' : undefined}>
                  {formatDate(a.deadline)}
                </Table.Td>
                <Table.Td>{a.responsible}</Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Stan działania: ${a.description}`}
                    allowDeselect={false}
                    data={ACTION_STATUS_CODES.map((s) => ({ value: s, label: ACTION_STATUSES[s] }))}
                    value={a.status}
                    onChange={(s) => s && s !== a.status && onProgress(a.id, s as ActionStatus)}
                  />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        Zmiana stanu działania to monitorowanie realizacji, nie zmiana treści kontraktu — nie wymaga aneksu.
      </Text>
      <Group align="start" grow>
        <Card withBorder padding="sm">
          <Text fw={600} size="sm">
            Aneksy
          </Text>
          {k.aneksy.length === 0 && (
            <Text size="sm" c="dimmed">
              brak
            </Text>
          )}
          {k.aneksy.map((a) => (
            <Group key={a.id} justify="space-between" align="start" wrap="nowrap" mt={4}>
              <Text size="sm">
                Nr {a.number} z {formatDate(a.aneksDate)}: {a.description}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onPrint(`Aneks nr ${a.number}`, { kind: 'kontrakt-aneks', aneksId: a.id })}
              >
                Drukuj
              </Button>
            </Group>
          ))}
        </Card>
        <Card withBorder padding="sm">
          <Text fw={600} size="sm">
            Oceny realizacji
          </Text>
          {k.evaluations.length === 0 && (
            <Text size="sm" c="dimmed">
              brak — oceniaj co najmniej raz na 3 miesiące
            </Text>
          )}
          {k.evaluations.map((e) => (
            <Group key={e.id} justify="space-between" align="start" wrap="nowrap" mt={4}>
              <Text size="sm">
                {formatDate(e.evaluatedOn)}: {e.goals.map((g) => ACHIEVEMENTS[g.achievement]).join(', ')}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() =>
                  onPrint(`Ocena z ${formatDate(e.evaluatedOn)}`, {
                    kind: 'kontrakt-ocena',
                    evaluationId: e.id,
                  })
                }
              >
                Drukuj
              </Button>
            </Group>
          ))}
        </Card>
      </Group>
    </Stack>
  )
}
