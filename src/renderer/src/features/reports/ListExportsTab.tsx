import { useState, type ReactNode } from 'react'
import { Group, Paper, Select, Stack, Text } from '@mantine/core'
import { MonthPickerInput } from '@mantine/dates'
import { ACTIVITY_KINDS, ACTIVITY_KIND_CODES, type ActivityKind } from '@shared/activity.schema'
import { formatPeriod } from '@shared/reports'
import { ExportButtons } from '../../components/ExportButtons'

interface Props {
  from: string
  to: string
}

function Row({ title, note, children }: { title: string; note: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="end">
        <div>
          <Text fw={600}>{title}</Text>
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        </div>
        {children}
      </Group>
    </Paper>
  )
}

/** Every list of the KIS, PSU and payouts in one place, as XLSX or CSV, with the filters set here. */
export function ListExportsTab({ from, to }: Props) {
  const [kind, setKind] = useState<ActivityKind | null>(null)
  const [month, setMonth] = useState(to.slice(0, 7))
  const year = Number(to.slice(0, 4))
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Listy z pozostałych ekranów (uczestników eksportuje się z ekranu „Uczestnicy”, z jego filtrami).
      </Text>
      <Row title="Kontrakty socjalne" note="wszystkie, z numerem, osobą, datami, aneksami i ostatnią oceną">
        <ExportButtons request={(format) => ({ list: 'kontrakty', format, participantId: null })} />
      </Row>
      <Row
        title="Wsparcie w KIS"
        note={`wpisy z okresu ${formatPeriod(from, to)}${kind ? `: ${ACTIVITY_KINDS[kind]}` : ''}`}
      >
        <Group align="end" gap="xs">
          <Select
            aria-label="Forma wsparcia"
            placeholder="wszystkie formy"
            size="xs"
            clearable
            w={240}
            data={ACTIVITY_KIND_CODES.map((k) => ({ value: k, label: ACTIVITY_KINDS[k] }))}
            value={kind}
            onChange={(k) => setKind(k as ActivityKind | null)}
          />
          <ExportButtons
            request={(format) => ({
              list: 'activities',
              format,
              filter: { participantId: null, from, to, kind },
            })}
          />
        </Group>
      </Row>
      <Row title="Zajęcia grupowe" note="wszystkie zajęcia z liczbą obecnych">
        <ExportButtons request={(format) => ({ list: 'classes', format })} />
      </Row>
      <Row title="Przydziały PSU" note="wszystkie skierowania do PSU z okresami i stanowiskami">
        <ExportButtons
          request={(format) => ({
            list: 'assignments',
            format,
            query: { month: null, porozumienieId: null, participantId: null },
          })}
        />
      </Row>
      <Row title="Karty ewidencji godzin PSU" note="karty jednego miesiąca: osoba, miejsce, status, godziny">
        <Group align="end" gap="xs">
          <MonthPickerInput
            aria-label="Miesiąc kart"
            size="xs"
            w={150}
            valueFormat="MMMM YYYY"
            value={`${month}-01`}
            onChange={(v) => v && setMonth(v.slice(0, 7))}
          />
          <ExportButtons request={(format) => ({ list: 'timesheets', format, month })} />
        </Group>
      </Row>
      <Row title="Listy wypłat PSU" note={`listy z roku ${year}`}>
        <ExportButtons
          request={(format) => ({ list: 'payouts', format, query: { year, porozumienieId: null } })}
        />
      </Row>
      <Row title="Wnioski o refundację" note="wszystkie wnioski do PUP z kwotami i wpływami">
        <ExportButtons request={(format) => ({ list: 'refunds', format })} />
      </Row>
    </Stack>
  )
}
