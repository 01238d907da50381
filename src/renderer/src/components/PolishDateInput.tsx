import { useState } from 'react'
import { DateInput, type DateInputProps } from '@mantine/dates'
import { badDateMessage, parsePolishDate } from '@shared/dates'

type Props = Omit<DateInputProps, 'value' | 'onChange'> & {
  value?: string
  onChange?: (iso: string) => void
}

/**
 * A date field that shows DD.MM.RRRR, accepts typing, and holds ISO text ('' when empty). Text that is
 * no date (31.02.2026) stays in the field with the reason under it, and the surrounding FormModal
 * refuses to save while it is there — never a silent return to the previous date.
 */
export function PolishDateInput({ value, onChange, onBlur, onKeyDown, error, popoverProps, ...rest }: Props) {
  const [bad, setBad] = useState<string | null>(null)
  const [pickerOpen, setPickerOpen] = useState(false)
  return (
    <DateInput
      {...rest}
      value={value || null}
      onChange={(v) => {
        setBad(null)
        onChange?.(v ?? '')
      }}
      onBlur={(event) => {
        setBad(badDateMessage(event.currentTarget.value))
        onBlur?.(event)
      }}
      onKeyDown={(event) => {
        // Esc with the calendar open closes only the calendar, not the dialog around it.
        if (event.key === 'Escape' && pickerOpen) event.stopPropagation()
        onKeyDown?.(event)
      }}
      popoverProps={{
        ...popoverProps,
        onOpen: () => setPickerOpen(true),
        onClose: () => setPickerOpen(false),
      }}
      fixOnBlur={false}
      error={bad ?? error}
      data-invalid-date={bad === null ? undefined : true}
      valueFormat="DD.MM.YYYY"
      placeholder="DD.MM.RRRR"
      dateParser={(text) => parsePolishDate(text)}
      clearable
    />
  )
}
