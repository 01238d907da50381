import { useCallback, useState } from 'react'
import { AppModal } from '../../components/AppModal'
import { ModalFooter } from '../../components/FormModal'
import { SegmentedControl, Stack, Text } from '@mantine/core'
import { MonthPickerInput } from '@mantine/dates'
import { formatMonth } from '@shared/psu-calendar'
import { SHEET_ORDER_LABELS, SHEET_ORDERS, type SheetOrder } from '@shared/psu-timesheets.schema'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'

interface Props {
  initialMonth: string
  onClose: () => void
}

/** All sheets of a chosen month as one PDF, one A4 page per person, in the order the user picks. */
export function PrintSheetsModal({ initialMonth, onClose }: Props) {
  const [month, setMonth] = useState(initialMonth)
  const [order, setOrder] = useState<SheetOrder>('miejsce')
  const [filled, setFilled] = useState(false)
  const [previewing, setPreviewing] = useState(false)
  const closePreview = useCallback(() => setPreviewing(false), [])

  return (
    <AppModal opened onClose={onClose} title="Drukowanie kart ewidencji godzin">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          setPreviewing(true)
        }}
      >
        <Stack gap="sm">
          <MonthPickerInput
            label="Miesiąc"
            value={`${month}-01`}
            onChange={(v) => v && setMonth(v.slice(0, 7))}
            valueFormat="MMMM YYYY"
            data-autofocus
          />
          <SegmentedControl
            aria-label="Rodzaj kart"
            data={[
              { value: 'puste', label: 'puste do podpisu' },
              { value: 'wypelnione', label: 'wypełnione' },
            ]}
            value={filled ? 'wypelnione' : 'puste'}
            onChange={(v) => setFilled(v === 'wypelnione')}
          />
          <SegmentedControl
            aria-label="Kolejność kart"
            data={SHEET_ORDERS.map((o) => ({ value: o, label: SHEET_ORDER_LABELS[o] }))}
            value={order}
            onChange={(o) => setOrder(o as SheetOrder)}
          />
          <Text size="xs" c="dimmed">
            Jedna karta na stronę A4 dla każdego przydziału w miesiącu {formatMonth(month)}; soboty, niedziele
            i święta wyszarzone. PESEL na karcie — według Ustawień (Prace społecznie użyteczne).
          </Text>
          <ModalFooter onCancel={onClose} submitLabel="Podgląd" />
        </Stack>
      </form>
      {previewing && (
        <DocumentPreviewModal
          title={`Karty ewidencji godzin — ${formatMonth(month)}`}
          request={{ kind: 'psu-karty', month, order, filled, assignmentIds: null }}
          onClose={closePreview}
        />
      )}
    </AppModal>
  )
}
