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

/** Money typed in złote; held as integer grosze. `nullable`: empty means null (not stated). */
export function MoneyInput({
  value,
  onChange,
  nullable = false,
  ...rest
}: Base & { value: number | null; nullable?: boolean; onChange: (grosze: number | null) => void }) {
  return (
    <NumberInput
      {...rest}
      value={value === null ? '' : value / 100}
      onChange={(v) => onChange(fromTyped(v, 100, nullable))}
      decimalSeparator=","
      thousandSeparator=" "
      decimalScale={2}
      fixedDecimalScale
      allowNegative={false}
      suffix=" zł"
    />
  )
}

/** A share typed in percent; held as basis points (6000 = 60 %). `nullable`: empty means null. */
export function PercentInput({
  value,
  onChange,
  nullable = false,
  ...rest
}: Base & { value: number | null; nullable?: boolean; onChange: (bp: number | null) => void }) {
  return (
    <NumberInput
      {...rest}
      value={value === null ? '' : value / 100}
      onChange={(v) => onChange(fromTyped(v, 100, nullable))}
      decimalSeparator=","
      decimalScale={2}
      allowNegative={false}
      max={100}
      suffix=" %"
    />
  )
}

/** Typed units → stored integer; an emptied field is null only where the value may be null. */
function fromTyped(v: number | string, scale: number, emptyIsNull: boolean): number | null {
  const n = toNumber(v)
  if (n === null) return emptyIsNull ? null : 0
  return Math.round(n * scale)
}
