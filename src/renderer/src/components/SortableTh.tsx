import { Table, UnstyledButton } from '@mantine/core'

interface Props {
  label: string
  /** 'asc' / 'desc' when the list is sorted by this column. */
  direction: 'asc' | 'desc' | null
  onSort: () => void
}

/** A column header that sorts when clicked anywhere in the cell, not only on its words. */
export function SortableTh({ label, direction, onSort }: Props) {
  return (
    <Table.Th
      p={0}
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
    >
      <UnstyledButton
        fw={600}
        fz="sm"
        w="100%"
        h="100%"
        px="var(--table-horizontal-spacing, var(--mantine-spacing-xs))"
        py="var(--table-vertical-spacing, 7px)"
        style={{ display: 'block', textAlign: 'left' }}
        onClick={onSort}
      >
        {label} {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
      </UnstyledButton>
    </Table.Th>
  )
}
