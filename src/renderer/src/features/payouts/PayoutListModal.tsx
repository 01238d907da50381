import { useCallback, useEffect, useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { Alert, Badge, Button, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { formatDate, formatDateTime } from '@shared/dates'
import type { ListExportRequest } from '@shared/exports.schema'
import { formatPolishAccount } from '@shared/iban'
import { formatGrosze } from '@shared/money'
import {
  formatHours,
  PAYMENT_FORM_LABELS,
  PAYOUT_STATUS_LABELS,
  type PayoutItem,
  type PayoutListDetail,
} from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { countPl } from '@shared/text'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { CancelListModal } from './CancelListModal'
import { PayBar } from './PayBar'
import { PaymentDetailsModal } from './PaymentDetailsModal'
import { confirmAction } from '../../components/confirm'
import { STATUS_COLORS } from './payout-ui'

interface Props {
  listId: number
  onClose: () => void
  onChanged: () => void
}

export function PayoutListModal({ listId, onClose, onChanged }: Props) {
  const [list, setList] = useState<PayoutListDetail | null>(null)
  const [selected, setSelected] = useState<number[]>([])
  const [busy, setBusy] = useState(false)
  const [printing, setPrinting] = useState<'lista' | 'kopia' | null>(null)
  const [editing, setEditing] = useState<PayoutItem | null>(null)
  const [cancelling, setCancelling] = useState(false)

  const load = useCallback(() => {
    unwrap(window.api.payouts.get({ id: listId })).then(setList, (error: unknown) => {
      notifyError(error)
      onClose()
    })
  }, [listId, onClose])
  useEffect(load, [load])

  async function act(run: () => Promise<PayoutListDetail>, message: (l: PayoutListDetail) => string) {
    setBusy(true)
    try {
      const next = await run()
      setList(next)
      setSelected([])
      notifySaved(message(next))
      onChanged()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  async function runExport(request: ListExportRequest) {
    try {
      const { path, rows } = await unwrap(window.api.exports.list(request))
      if (path) {
        notifications.show({
          color: 'teal',
          title: `Wyeksportowano ${countPl(rows, 'wiersz', 'wiersze', 'wierszy')}`,
          message: path,
        })
      }
    } catch (error) {
      notifyError(error)
    }
  }

  if (!list) {
    return (
      <AppModal opened onClose={onClose} title="Lista wypłat" size="xl">
        <Group justify="center" p="xl">
          <Loader />
        </Group>
      </AppModal>
    )
  }

  const undoPayment = (item: PayoutItem) =>
    confirmAction({
      title: 'Cofnięcie wypłaty',
      text: `Cofnąć oznaczenie wypłaty ${item.firstName} ${item.lastName} z ${formatDate(item.paidOn)} (${formatGrosze(item.amountGr)})? Osoba wróci do niewypłaconych na liście ${list.number}.`,
      confirm: 'Cofnij wypłatę',
      color: 'orange',
      onConfirm: () =>
        void act(
          () => unwrap(window.api.payouts.unpay({ listId: list.id, itemId: item.id })),
          () => `Cofnięto wypłatę: ${item.firstName} ${item.lastName}.`,
        ),
    })
  const payable = list.status === 'zatwierdzona' && !list.stale
  const unpaid = list.items.filter((i) => !i.paidOn)
  const editablePayment = list.status === 'projekt' || list.status === 'zatwierdzona'
  const approve = () =>
    modals.openConfirmModal({
      title: 'Zatwierdzenie listy wypłat',
      children: (
        <Text size="sm">
          Zatwierdzić listę {list.number} na kwotę {formatGrosze(list.amountGr)}? Zatwierdzonej listy nie
          można już przeliczyć — tylko anulować z podaniem powodu.
        </Text>
      ),
      labels: { confirm: 'Zatwierdź', cancel: 'Wróć' },
      onConfirm: () =>
        void act(
          () => unwrap(window.api.payouts.approve({ id: list.id })),
          (l) => `Zatwierdzono listę ${l.number}.`,
        ),
    })

  return (
    <AppModal opened onClose={onClose} title={`Lista wypłat ${list.number}`} size="min(1200px, 96vw)">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text>
            Porozumienie {list.porozumienieNumber} · {formatMonth(list.month)} · policzona{' '}
            {formatDateTime(list.computedAt)}
            {list.approvedAt ? ` · zatwierdzona ${formatDateTime(list.approvedAt)}` : ''}
          </Text>
          <Group gap={4}>
            <Badge color={STATUS_COLORS[list.status]} size="lg" data-testid="payout-status">
              {PAYOUT_STATUS_LABELS[list.status]}
            </Badge>
            {list.stale && (
              <Badge color="red" size="lg">
                nieaktualna
              </Badge>
            )}
          </Group>
        </Group>
        {list.stale && (
          <Alert color="red" title="Lista nie odpowiada już kartom lub stawkom">
            {list.staleReasons.join(' ')}{' '}
            {list.status === 'projekt'
              ? 'Przelicz listę.'
              : 'Zatwierdzonej listy nie zmienia się — anuluj ją z podaniem powodu i policz miesiąc od nowa.'}
          </Alert>
        )}
        {list.belowMinimum.map((low) => (
          <Alert
            key={low.from}
            color="yellow"
            title="Stawka niższa od minimalnej"
            data-testid="below-minimum"
          >
            Od {formatDate(low.from)} do {formatDate(low.to)} stawka porozumienia {formatGrosze(low.rateGr)}{' '}
            jest niższa od minimalnej {formatGrosze(low.minimumGr)} (obowiązującej od{' '}
            {formatDate(low.minimumFrom)}, pewność: [{low.confidence}]). Popraw stawki porozumienia.
          </Alert>
        ))}
        {list.status === 'anulowana' && (
          <Alert color="gray" title={`Anulowana ${formatDateTime(list.cancelledAt ?? '')}`}>
            Powód: {list.cancelReason}
          </Alert>
        )}
        <Table withTableBorder striped aria-label="Osoby na liście wypłat">
          <Table.Thead>
            <Table.Tr>
              {payable && <Table.Th aria-label="Zaznacz" />}
              <Table.Th>Lp.</Table.Th>
              <Table.Th>Nazwisko i imię, stanowisko</Table.Th>
              <Table.Th ta="right">Godziny</Table.Th>
              <Table.Th ta="right">Stawka</Table.Th>
              <Table.Th ta="right">Kwota</Table.Th>
              <Table.Th ta="right">Refundacja</Table.Th>
              <Table.Th>Forma wypłaty</Table.Th>
              <Table.Th>Wypłacono</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((item, i) => (
              <Table.Tr key={item.id}>
                {payable && (
                  <Table.Td>
                    <Checkbox
                      aria-label={`Zaznacz ${item.lastName} ${item.firstName}`}
                      disabled={item.paidOn !== null}
                      checked={selected.includes(item.id)}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked
                        setSelected((s) => (checked ? [...s, item.id] : s.filter((id) => id !== item.id)))
                      }}
                    />
                  </Table.Td>
                )}
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {item.lastName} {item.firstName}
                  </Text>
                  {item.positions.map((p) => (
                    <Text key={p.positionId} size="xs" c="dimmed">
                      {p.positionType} — {p.workplace}
                      {item.positions.length > 1 ? ` (${formatHours(p.workedMin)} h)` : ''}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td ta="right">{formatHours(item.workedMin)}</Table.Td>
                <Table.Td ta="right">
                  {item.rateParts.map((r) => (
                    <Text key={r.validFrom} size={item.rateParts.length > 1 ? 'xs' : 'sm'}>
                      {item.rateParts.length > 1 ? `${formatHours(r.minutes)} h × ` : ''}
                      {formatGrosze(r.rateGr)}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td ta="right">{formatGrosze(item.amountGr)}</Table.Td>
                <Table.Td ta="right">{formatGrosze(item.refundGr)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{PAYMENT_FORM_LABELS[item.paymentForm]}</Text>
                  {item.account && (
                    <Text size="xs" c="dimmed">
                      {formatPolishAccount(item.account)}
                    </Text>
                  )}
                  {editablePayment && !item.paidOn && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(item)}>
                      Zmień formę / konto
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.paidOn
                    ? `${formatDate(item.paidOn)} (${PAYMENT_FORM_LABELS[item.paidForm ?? item.paymentForm]})`
                    : '—'}
                  {item.paidOn && list.status !== 'anulowana' && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="orange"
                      aria-label={`Cofnij wypłatę — ${item.lastName} ${item.firstName}`}
                      onClick={() => undoPayment(item)}
                    >
                      Cofnij
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              {payable && <Table.Td />}
              <Table.Td />
              <Table.Td>Razem ({countPl(list.persons, 'osoba', 'osoby', 'osób')})</Table.Td>
              <Table.Td ta="right">{formatHours(list.workedMin)}</Table.Td>
              <Table.Td />
              <Table.Td ta="right" data-testid="payout-total">
                {formatGrosze(list.amountGr)}
              </Table.Td>
              <Table.Td ta="right">{formatGrosze(list.refundGr)}</Table.Td>
              <Table.Td colSpan={2}>
                wypłacono {list.paidPersons} z {list.persons}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>

        {payable && unpaid.length > 0 && (
          <PayBar
            list={list}
            selected={selected}
            onSelectUnpaid={() => setSelected(unpaid.map((i) => i.id))}
            busy={busy}
            onPay={(paidOn, form) =>
              void act(
                () => unwrap(window.api.payouts.pay({ listId: list.id, itemIds: selected, paidOn, form })),
                (l) =>
                  l.status === 'wyplacona'
                    ? `Lista ${l.number} jest wypłacona w całości.`
                    : 'Zapisano wypłatę.',
              )
            }
          />
        )}

        <Group justify="space-between">
          <Group>
            <Button variant="light" onClick={() => setPrinting('lista')}>
              Drukuj listę
            </Button>
            <Button variant="default" onClick={() => setPrinting('kopia')}>
              Kopia do wniosku o refundację
            </Button>
            <Button
              variant="default"
              onClick={() => void runExport({ list: 'payout-list', format: 'xlsx', listId: list.id })}
            >
              Eksport XLSX
            </Button>
            <Button
              variant="default"
              onClick={() => void runExport({ list: 'payout-bank', format: 'csv', listId: list.id })}
            >
              Plik CSV dla banku
            </Button>
          </Group>
          <Group>
            {list.status === 'projekt' && (
              <>
                <Button
                  variant="default"
                  loading={busy}
                  onClick={() =>
                    void act(
                      () =>
                        unwrap(
                          window.api.payouts.compute({
                            porozumienieId: list.porozumienieId,
                            month: list.month,
                          }),
                        ),
                      (l) => `Przeliczono listę ${l.number}.`,
                    )
                  }
                >
                  Przelicz
                </Button>
                <Button loading={busy} disabled={list.stale} onClick={approve}>
                  Zatwierdź listę
                </Button>
              </>
            )}
            {list.status !== 'anulowana' && (
              <Button color="red" variant="light" onClick={() => setCancelling(true)}>
                Anuluj listę
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      {printing && (
        <DocumentPreviewModal
          title={`${printing === 'kopia' ? 'Kopia listy' : 'Lista'} wypłat ${list.number}`}
          request={{ kind: 'lista-wyplat', listId: list.id, copy: printing === 'kopia' }}
          onClose={() => setPrinting(null)}
        />
      )}
      {editing && (
        <PaymentDetailsModal
          item={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            load()
          }}
        />
      )}
      {cancelling && (
        <CancelListModal
          list={list}
          onClose={() => setCancelling(false)}
          onCancelled={(next) => {
            setCancelling(false)
            setList(next)
            onChanged()
          }}
        />
      )}
    </AppModal>
  )
}
