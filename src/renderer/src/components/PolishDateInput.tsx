import { DateInput, type DateInputProps } from '@mantine/dates'
import { parsePolishDate } from '@shared/dates'

type Props = Omit<DateInputProps, 'value' | 'onChange'> & {
  value?: string
  onChange?: (iso: string) => void
}

/** A date field that shows DD.MM.RRRR, accepts typing, and holds ISO text ('' when empty). */
export function PolishDateInput({ value, onChange, ...rest }: Props) {
  return (
    <DateInput
      {...rest}
      value={value || null}
      onChange={(v) => onChange?.(v ?? '')}
      valueFormat="DD.MM.YYYY"
      placeholder="DD.MM.RRRR"
      dateParser={(text) => parsePolishDate(text)}
      clearable
    />
  )
}
