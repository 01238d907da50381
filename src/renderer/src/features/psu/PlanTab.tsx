// The yearly needs plan: edited as a table, saved whole, printed for the PUP (due by 31 January).
import { useCallback, useEffect, useState } from 'react'
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { formatHoursUnit } from '@shared/psu-hours'
import type { PlanItemInput } from '@shared/psu-plan.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { DocumentPreviewModal } from '../documents/DocumentPreviewModal'
import { HoursInput } from './NumberFields'
import { usePositionTypes, useWorkplaces } from './use-psu-data'

/** The office's reading of "10 hours a week": about 40 hours a month per place, for twelve months. */
const SUGGESTED_MIN_PER_PLACE = 40 * 60 * 12

export function PlanTab() {
  const [year, setYear] = useState(() => new Date().getFullYear() + (new Date().getMonth() >= 10 ? 1 : 0))
  const [items, setItems] = useState<PlanItemInput[]>([])
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)
  const [printing, setPrinting] = useState(false)
  const [types] = usePositionTypes()
  const [workplaces] = useWorkplaces(false)
  const closePrint = useCallback(() => setPrinting(false), [])

  useEffect(() => {
    unwrap(window.api.psuplan.get({ year })).then((plan) => {
      setItems(
        plan.items.map(({ positionTypeId, workplaceId, places, persons, hoursMin, notes }) => ({
          positionTypeId,
          workplaceId,
          places,
          persons,
          hoursMin,
          notes,
        })),
      )
      setDirty(false)
    }, notifyError)
  }, [year])

  function edit(index: number, patch: Partial<PlanItemInput>) {
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...patch } : item)))
    setDirty(true)
  }

  function fromPositions() {
    setItems(
      workplaces.flatMap((w) =>
        w.positions.map((p) => ({
          positionTypeId: p.typeId,
          workplaceId: w.id,
          places: p.places,
          persons: p.places,
          hoursMin: p.places * SUGGESTED_MIN_PER_PLACE,
          notes: '',
        })),
      ),
    )
    setDirty(true)
  }

  async function save() {
    setSaving(true)
    try {
      await unwrap(window.api.psuplan.save({ year, items }))
      setDirty(false)
      notifySaved(`Plan potrzeb PSU na rok ${year}`)
    } catch (error) {
      notifyError(error)
    } finally {
      setSaving(false)
    }
  }

  const typeOptions = types.map((t) => ({ value: String(t.id), label: t.name }))
  const workplaceOptions = workplaces.map((w) => ({ value: String(w.id), label: w.name }))
  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <NumberInput
          label="Rok planu"
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          min={2000}
          max={2100}
          w={140}
          disabled={dirty}
        />
        <Group gap="xs">
          <Button variant="light" onClick={fromPositions}>
            Wypełnij z obecnych stanowisk
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setItems((all) => [
                ...all,
                {
                  positionTypeId: types[0]?.id ?? 0,
                  workplaceId: null,
                  places: 1,
                  persons: 1,
                  hoursMin: 0,
                  notes: '',
                },
              ])
              setDirty(true)
            }}
          >
            Dodaj pozycję
          </Button>
          <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
            Zapisz plan
          </Button>
          <Button variant="light" color="gray" disabled={dirty} onClick={() => setPrinting(true)}>
            Drukuj plan
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        Plan potrzeb przekazuje się do PUP do 31 stycznia {year} r. Podpowiedź z obecnych stanowisk liczy 40
        godzin miesięcznie na miejsce przez 12 miesięcy — popraw według potrzeb.
      </Text>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder aria-label="Plan potrzeb">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rodzaj prac</Table.Th>
              <Table.Th>Miejsce wykonywania</Table.Th>
              <Table.Th w={90}>Miejsca</Table.Th>
              <Table.Th w={90}>Osoby</Table.Th>
              <Table.Th w={130}>Godziny</Table.Th>
              <Table.Th>Uwagi</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Select
                    aria-label="Rodzaj prac"
                    data={typeOptions}
                    value={String(item.positionTypeId)}
                    allowDeselect={false}
                    onChange={(v) => v && edit(i, { positionTypeId: Number(v) })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label="Miejsce"
                    placeholder="różne"
                    clearable
                    data={workplaceOptions}
                    value={item.workplaceId ? String(item.workplaceId) : null}
                    onChange={(v) => edit(i, { workplaceId: v ? Number(v) : null })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label="Miejsca"
                    min={0}
                    allowDecimal={false}
                    value={item.places}
                    onChange={(v) => edit(i, { places: Number(v) || 0 })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label="Osoby"
                    min={0}
                    allowDecimal={false}
                    value={item.persons}
                    onChange={(v) => edit(i, { persons: Number(v) || 0 })}
                  />
                </Table.Td>
                <Table.Td>
                  <HoursInput
                    aria-label="Godziny"
                    value={item.hoursMin}
                    onChange={(m) => edit(i, { hoursMin: m ?? 0 })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label="Uwagi"
                    value={item.notes}
                    onChange={(e) => edit(i, { notes: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label="Usuń pozycję"
                    onClick={() => {
                      setItems((all) => all.filter((_, j) => j !== i))
                      setDirty(true)
                    }}
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>Razem</Table.Th>
              <Table.Th>{items.reduce((s, i) => s + i.places, 0)}</Table.Th>
              <Table.Th>{items.reduce((s, i) => s + i.persons, 0)}</Table.Th>
              <Table.Th>{formatHoursUnit(items.reduce((s, i) => s + i.hoursMin, 0))}</Table.Th>
              <Table.Th colSpan={2} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {printing && (
        <DocumentPreviewModal
          title={`Plan potrzeb PSU na rok ${year}`}
          request={{ kind: 'psu-plan', year }}
          onClose={closePrint}
        />
      )}
    </Stack>
  )
}
