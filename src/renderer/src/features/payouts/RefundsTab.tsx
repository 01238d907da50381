import { useCallback, useEffect, useState } from 'react'
import { Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { formatDate } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import {
  REFUND_STATUS_LABELS,
  type RefundBoard,
  type RefundRequestSummary,
} from '@shared/payouts-refunds.schema'
import type { PayoutSources } from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { pluralPl } from '@shared/text'
import { notifyError, unwrap } from '../../api/client'
import { ExportButtons } from '../../components/ExportButtons'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { REFUND_COLORS } from './payout-ui'
import { RefundCancelModal, RefundCreateModal, RefundReceiveModal } from './RefundModals'

type Dialog =
  { kind: 'create' } | { kind: 'receive' | 'cancel' | 'print'; request: RefundRequestSummary } | null

/** Refunds the PUP owes: overdue first; received amounts that differ from the request are flagged. */
export function RefundsTab({ sources }: { sources: PayoutSources }) {
  const [board, setBoard] = useState<RefundBoard | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const load = useCallback(() => {
    unwrap(window.api.refunds.board()).then(setBoard, notifyError)
  }, [])
  useEffect(load, [load])

  async function exportStatement(request: RefundRequestSummary, format: 'xlsx' | 'csv') {
    try {
      const { path, rows } = await unwrap(
        window.api.exports.list({ list: 'refund-statement', format, requestId: request.id }),
      )
      if (path) {
        const what = `${rows} ${pluralPl(rows, 'wiersz', 'wiersze', 'wierszy')}`
        notifications.show({ color: 'teal', title: `Wyeksportowano ${what}`, message: path })
      }
    } catch (error) {
      notifyError(error)
    }
  }

  const done = () => {
    setDialog(null)
    load()
  }
  return (
    <Stack gap="md">
      <Group justify="space-between">
        {board && (
          <Text data-testid="refunds-owed">
            PUP jest winien: <strong>{formatGrosze(board.owedGr)}</strong>
            {board.overdue > 0 && (
              <Text span c="red" fw={700}>
                {' '}
                · po terminie: {board.overdue} {pluralPl(board.overdue, 'wniosek', 'wnioski', 'wniosków')}
              </Text>
            )}{' '}
            <Text span c="dimmed" size="sm">
              (terminy refundacji według porozumień)
            </Text>
          </Text>
        )}
        <Button onClick={() => setDialog({ kind: 'create' })}>Nowy wniosek o refundację</Button>
      </Group>
      <ExportButtons request={(format) => ({ list: 'refunds', format })} />
      {board && board.requests.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          Nie złożono jeszcze żadnego wniosku o refundację.
        </Text>
      )}
      {board && board.requests.length > 0 && (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table withTableBorder striped aria-label="Wnioski o refundację">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Wniosek</Table.Th>
                <Table.Th>Porozumienie</Table.Th>
                <Table.Th>Miesiące</Table.Th>
                <Table.Th>Złożony</Table.Th>
                <Table.Th>Termin</Table.Th>
                <Table.Th ta="right">Wnioskowano</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Otrzymano</Table.Th>
                <Table.Th aria-label="Działania" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.requests.map((r) => (
                <Table.Tr key={r.id} bg={r.overdueDays > 0 ? 'red.0' : undefined}>
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td>{r.porozumienieNumber}</Table.Td>
                  <Table.Td>{r.months.map(formatMonth).join(', ')}</Table.Td>
                  <Table.Td>{formatDate(r.requestedOn)}</Table.Td>
                  <Table.Td>
                    {formatDate(r.dueOn)}
                    {r.overdueDays > 0 && (
                      <Badge color="red" ml={4}>
                        {r.overdueDays} {pluralPl(r.overdueDays, 'dzień', 'dni', 'dni')} po terminie
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatGrosze(r.requestedGr)}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={REFUND_COLORS[r.status]}
                      variant="light"
                      title={r.cancelReason || undefined}
                      style={{ minWidth: 'max-content' }}
                    >
                      {REFUND_STATUS_LABELS[r.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {r.receivedGr === null
                      ? '—'
                      : `${formatGrosze(r.receivedGr)} (${formatDate(r.receivedOn)})`}
                    {r.differenceGr !== null && (
                      <Badge
                        color="orange"
                        ml={4}
                        title="Kwota otrzymana różni się od wnioskowanej"
                        style={{ minWidth: 'max-content' }}
                      >
                        różnica {formatGrosze(r.differenceGr)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button size="compact-sm" variant="light" aria-label={`Działania: ${r.number}`}>
                          Działania
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setDialog({ kind: 'print', request: r })}>
                          Drukuj wniosek i zestawienie
                        </Menu.Item>
                        <Menu.Item onClick={() => void exportStatement(r, 'xlsx')}>
                          Zestawienie — XLSX
                        </Menu.Item>
                        <Menu.Item onClick={() => void exportStatement(r, 'csv')}>
                          Zestawienie — CSV
                        </Menu.Item>
                        {r.status === 'zlozony' && (
                          <>
                            <Menu.Item onClick={() => setDialog({ kind: 'receive', request: r })}>
                              Zapisz wpływ refundacji
                            </Menu.Item>
                            <Menu.Item color="red" onClick={() => setDialog({ kind: 'cancel', request: r })}>
                              Anuluj wniosek
                            </Menu.Item>
                          </>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'create' && (
        <RefundCreateModal sources={sources} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'receive' && (
        <RefundReceiveModal request={dialog.request} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'cancel' && (
        <RefundCancelModal request={dialog.request} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'print' && (
        <DocumentPreviewModal
          title={`Wniosek o refundację ${dialog.request.number}`}
          request={{ kind: 'wniosek-refundacja', requestId: dialog.request.id }}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  )
}
