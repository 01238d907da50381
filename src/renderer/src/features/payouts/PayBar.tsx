import { useState } from 'react'
import { Button, Group, Select } from '@mantine/core'
import { todayIso } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import type { PaymentForm, PayoutListDetail } from '@shared/payouts.schema'
import { countPl } from '@shared/text'
import { confirmAction } from '../../components/confirm'
import { PolishDateInput } from '../../components/PolishDateInput'

interface Props {
  list: PayoutListDetail
  selected: number[]
  busy: boolean
  onSelectUnpaid: () => void
  onPay: (paidOn: string, form: PaymentForm | null) => void
}

/** Marking the ticked people paid: the date, the form, and a question before it is recorded. */
export function PayBar({ list, selected, busy, onSelectUnpaid, onPay }: Props) {
  const [paidOn, setPaidOn] = useState(todayIso())
  const [form, setForm] = useState<PaymentForm | 'own'>('own')
  const chosen = list.items.filter((i) => selected.includes(i.id))
  const amount = chosen.reduce((sum, i) => sum + i.amountGr, 0)

  function ask() {
    const names = chosen.map((i) => `${i.firstName} ${i.lastName}`).join(', ')
    confirmAction({
      title: 'Oznaczenie wypłaty',
      text: `Oznaczyć jako wypłacone ${countPl(chosen.length, 'osobę', 'osoby', 'osób')} (${names}) na łączną kwotę ${formatGrosze(amount)}? Pomyłkę można cofnąć przy osobie, dopóki lista nie trafi do wniosku o refundację.`,
      confirm: 'Oznacz wypłatę',
      color: 'teal',
      onConfirm: () => onPay(paidOn, form === 'own' ? null : form),
    })
  }

  return (
    <Group align="end" p="sm" bg="gray.0">
      <PolishDateInput label="Data wypłaty" value={paidOn} onChange={setPaidOn} w={160} />
      <Select
        label="Forma"
        data={[
          { value: 'own', label: 'jak u osoby' },
          { value: 'gotowka', label: 'gotówka' },
          { value: 'przelew', label: 'przelew' },
        ]}
        value={form}
        onChange={(v) => setForm((v ?? 'own') as PaymentForm | 'own')}
        allowDeselect={false}
        w={150}
      />
      <Button variant="default" onClick={onSelectUnpaid}>
        Zaznacz niewypłacone
      </Button>
      <Button disabled={selected.length === 0 || !paidOn} loading={busy} onClick={ask}>
        Oznacz wypłatę ({selected.length})
      </Button>
    </Group>
  )
}
