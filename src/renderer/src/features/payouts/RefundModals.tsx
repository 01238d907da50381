import { useEffect, useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { ModalFooter } from '../../components/FormModal'
import { Alert, Checkbox, Group, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core'
import { todayIso } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import type { RefundRequestSummary } from '@shared/payouts-refunds.schema'
import type { PayoutListSummary, PayoutSources } from '@shared/payouts.schema'
import { formatMonth } from '@shared/psu-calendar'
import { amountFieldError, zlotyToGrosze } from './payout-ui'
import { ApiCallError, notifyError, notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'

interface ModalProps {
  onClose: () => void
  onDone: () => void
}

/** A request for one porozumienie: the paid lists not yet requested, one month or several. */
export function RefundCreateModal({ sources, onClose, onDone }: ModalProps & { sources: PayoutSources }) {
  const [porozumienieId, setPorozumienieId] = useState<number | null>(sources.porozumienia[0]?.id ?? null)
  const [candidates, setCandidates] = useState<PayoutListSummary[] | null>(null)
  const [selected, setSelected] = useState<number[]>([])
  const [requestedOn, setRequestedOn] = useState(todayIso())
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (porozumienieId === null) return
    unwrap(window.api.refunds.candidates({ porozumienieId })).then((lists) => {
      setCandidates(lists)
      setSelected(lists.map((l) => l.id))
    }, notifyError)
  }, [porozumienieId])

  const total = (candidates ?? []).filter((l) => selected.includes(l.id)).reduce((a, l) => a + l.refundGr, 0)
  async function submit() {
    if (porozumienieId === null) return
    setSaving(true)
    try {
      const request = await unwrap(
        window.api.refunds.create({ porozumienieId, listIds: selected, requestedOn }),
      )
      notifySaved(`Złożono wniosek ${request.number} na ${formatGrosze(request.requestedGr)}.`)
      onDone()
    } catch (error) {
      notifyError(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <AppModal opened onClose={onClose} title="Nowy wniosek o refundację" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <Group align="end">
            <Select
              label="Porozumienie"
              data={sources.porozumienia.map((p) => ({ value: String(p.id), label: p.number }))}
              value={porozumienieId === null ? null : String(porozumienieId)}
              onChange={(v) => setPorozumienieId(v ? Number(v) : null)}
              allowDeselect={false}
              w={200}
              data-autofocus
            />
            <PolishDateInput label="Data wniosku" value={requestedOn} onChange={setRequestedOn} w={160} />
          </Group>
          {candidates && candidates.length === 0 && (
            <Alert color="gray">
              Brak wypłaconych list tego porozumienia, które nie są jeszcze we wniosku. Refundacja dotyczy
              list zatwierdzonych i wypłaconych w całości.
            </Alert>
          )}
          {candidates?.map((l) => (
            <Checkbox
              key={l.id}
              label={`${formatMonth(l.month)} — lista ${l.number}: refundacja ${formatGrosze(l.refundGr)} (wypłacono ${formatGrosze(l.amountGr)})`}
              checked={selected.includes(l.id)}
              onChange={(e) => {
                const checked = e.currentTarget.checked
                setSelected((s) => (checked ? [...s, l.id] : s.filter((id) => id !== l.id)))
              }}
            />
          ))}
          <Text>
            Kwota wniosku: <strong>{formatGrosze(total)}</strong>
          </Text>
          <ModalFooter
            onCancel={onClose}
            submitLabel="Złóż wniosek"
            saving={saving}
            disabled={selected.length === 0 || !requestedOn}
          />
        </Stack>
      </form>
    </AppModal>
  )
}

export function RefundReceiveModal({
  request,
  onClose,
  onDone,
}: ModalProps & { request: RefundRequestSummary }) {
  const [receivedOn, setReceivedOn] = useState(todayIso())
  const [amount, setAmount] = useState<number | string>(request.requestedGr / 100)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const receivedGr = zlotyToGrosze(amount)

  async function submit() {
    const amountError = amountFieldError(receivedGr)
    if (amountError) return setErrors({ receivedGr: amountError })
    try {
      const saved = await unwrap(
        window.api.refunds.receive({ id: request.id, receivedOn, receivedGr: receivedGr! }),
      )
      notifySaved(`Zapisano wpływ ${formatGrosze(saved.receivedGr ?? 0)} z wniosku ${saved.number}.`)
      onDone()
    } catch (error) {
      if (error instanceof ApiCallError && error.error.fields) setErrors(error.error.fields)
      else notifyError(error)
    }
  }

  return (
    <AppModal opened onClose={onClose} title={`Wpływ refundacji — wniosek ${request.number}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <Text size="sm">Wnioskowano: {formatGrosze(request.requestedGr)}</Text>
          <PolishDateInput
            label="Data wpływu"
            value={receivedOn}
            onChange={setReceivedOn}
            error={errors.receivedOn}
          />
          <NumberInput
            label="Otrzymana kwota (zł)"
            value={amount}
            onChange={setAmount}
            decimalScale={2}
            fixedDecimalScale
            decimalSeparator=","
            error={errors.receivedGr}
            data-autofocus
          />
          {receivedGr !== null && receivedGr !== request.requestedGr && (
            <Alert color="orange">
              Kwota różni się od wnioskowanej o {formatGrosze(receivedGr - request.requestedGr)} — zostanie
              oznaczona na liście refundacji.
            </Alert>
          )}
          <ModalFooter onCancel={onClose} submitLabel="Zapisz wpływ" />
        </Stack>
      </form>
    </AppModal>
  )
}

export function RefundCancelModal({
  request,
  onClose,
  onDone,
}: ModalProps & { request: RefundRequestSummary }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  async function submit() {
    try {
      await unwrap(window.api.refunds.cancel({ id: request.id, reason }))
      notifySaved(`Anulowano wniosek ${request.number}.`)
      onDone()
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Nie udało się anulować wniosku.')
    }
  }
  return (
    <AppModal opened onClose={onClose} title={`Anulowanie wniosku ${request.number}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <Text size="sm">
            Wniosek zostaje w historii z powodem, a jego listy można ująć w nowym wniosku.
          </Text>
          <Textarea
            label="Powód anulowania"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <ModalFooter onCancel={onClose} cancelLabel="Wróć" submitLabel="Anuluj wniosek" submitColor="red" />
        </Stack>
      </form>
    </AppModal>
  )
}
