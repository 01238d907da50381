import { Anchor } from '@mantine/core'
import { formatFigure, type FigureUnit } from '@shared/reports'

/** A figure that opens the list of records behind it. */
export function FigureButton({
  unit,
  value,
  label,
  onOpen,
  testId,
}: {
  unit: FigureUnit
  value: number
  label: string
  onOpen: () => void
  testId?: string
}) {
  return (
    <Anchor
      component="button"
      type="button"
      onClick={onOpen}
      title={`Pokaż listę: ${label}`}
      aria-label={`${label}: ${formatFigure(unit, value)} — pokaż listę`}
      data-testid={testId}
      fw={600}
    >
      {formatFigure(unit, value)}
    </Anchor>
  )
}
