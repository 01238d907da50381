import { useEffect, useState } from 'react'
import { Select, type SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { formatDate } from '@shared/dates'
import { notifyError, unwrap } from '../../api/client'

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: number | null
  /** The chosen person's name when editing, so it shows before any search. */
  initialLabel?: string
  onChange: (id: number | null) => void
}

/** Finds a participant in the register by surname, name or PESEL as the user types. */
export function ParticipantSelect({ value, initialLabel, onChange, ...rest }: Props) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 200)
  const [options, setOptions] = useState<{ value: string; label: string }[]>(
    value && initialLabel ? [{ value: String(value), label: initialLabel }] : [],
  )

  useEffect(() => {
    let cancelled = false
    unwrap(window.api.participants.list({ search: debounced, pageSize: 30 })).then((page) => {
      if (cancelled) return
      setOptions((current) => {
        const chosen = current.filter((o) => o.value === String(value))
        const found = page.rows.map((r) => ({
          value: String(r.id),
          label: `${r.lastName} ${r.firstName} (ur. ${formatDate(r.birthDate)})`,
        }))
        return [...chosen, ...found.filter((f) => !chosen.some((c) => c.value === f.value))]
      })
    }, notifyError)
    return () => {
      cancelled = true
    }
  }, [debounced, value])

  return (
    <Select
      {...rest}
      searchable
      filter={({ options: all }) => all}
      nothingFoundMessage="Nie znaleziono — dodaj osobę w rejestrze uczestników"
      data={options}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      onKeyDown={(event) => {
        // The matches arrive after typing stops: Enter picks the only one even if none is marked yet.
        const only = options.length === 1 ? options[0]! : null
        if (event.key === 'Enter' && only && only.value !== String(value)) {
          event.preventDefault()
          onChange(Number(only.value))
        }
        rest.onKeyDown?.(event)
      }}
    />
  )
}
