// Number fields that show hours, złote and percent while the form holds minutes, grosze and basis points.
import { NumberInput, type NumberInputProps } from '@mantine/core'

type Base = Omit<NumberInputProps, 'value' | 'onChange'>

function toNumber(v: number | string): number | null {
  if (v === '' || v === '-') return null
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

/** Hours typed as 10 or 3,5; held as minutes. `nullable`: empty means null (no limit). */
export function HoursInput({
  value,
  onChange,
  nullable = false,
  ...rest
}: Base & { value: number | null; onChange: (minutes: number | null) => void; nullable?: boolean }) {
  return (
    <NumberInput
      {...rest}
      value={value === null ? '' : value / 60}
      onChange={(v) => {
        const n = toNumber(v)
        onChange(n === null ? (nullable ? null : 0) : Math.round(n * 60))
      }}
      decimalSeparator=","
      decimalScale={2}
      allowNegative={false}
      step={0.5}
      suffix=" h"
    />
  )
}

/** Money typed in złote; held as integer grosze. */
export function MoneyInput({
  value,
  onChange,
  ...rest
}: Base & { value: number; onChange: (grosze: number) => void }) {
  return (
    <NumberInput
      {...rest}
      value={value / 100}
      onChange={(v) => onChange(Math.round((toNumber(v) ?? 0) * 100))}
      decimalSeparator=","
      thousandSeparator=" "
      decimalScale={2}
      fixedDecimalScale
      allowNegative={false}
      suffix=" zł"
    />
  )
}

/** A share typed in percent; held as basis points (6000 = 60 %). */
export function PercentInput({
  value,
  onChange,
  ...rest
}: Base & { value: number; onChange: (bp: number) => void }) {
  return (
    <NumberInput
      {...rest}
      value={value / 100}
      onChange={(v) => onChange(Math.round((toNumber(v) ?? 0) * 100))}
      decimalSeparator=","
      decimalScale={2}
      allowNegative={false}
      max={100}
      suffix=" %"
    />
  )
}
