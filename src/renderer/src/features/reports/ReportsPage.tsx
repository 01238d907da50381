import { useCallback, useState } from 'react'
import { Group, NumberInput, SegmentedControl, Select, Stack, Tabs, Text, Title } from '@mantine/core'
import { formatPeriod, yearRange } from '@shared/reports'
import type { RecordLink } from '@shared/reports.schema'
import { PolishDateInput } from '../../components/PolishDateInput'
import { useRemembered } from '../../app/use-remembered'
import { ChartsTab } from './ChartsTab'
import { DrillDownModal, type DrillRequest } from './DrillDownModal'
import { ListExportsTab } from './ListExportsTab'
import { QualityTab } from './QualityTab'
import { RecordLinkModal, openSection } from './RecordLinkModal'
import { ReportDataTab } from './ReportDataTab'
import { SummaryTab } from './SummaryTab'
import { WojewodaTab } from './WojewodaTab'

const FIRST_YEAR = 2016

export function ReportsPage() {
  const thisYear = new Date().getFullYear()
  const [mode, setMode] = useState<'rok' | 'okres'>('rok')
  // The current year first; the one chosen last is kept for the next visit (the wojewoda's report in
  // the first months is for the year before: one choice, then remembered).
  const [year, setYear] = useRemembered('reports.year', thisYear)
  const [range, setRange] = useState(() => yearRange(year))
  const [compareYears, setCompareYears] = useState(2)
  const [tab, setTab] = useState<string | null>('roczne')
  const [drill, setDrill] = useState<DrillRequest | null>(null)
  const [link, setLink] = useState<RecordLink | null>(null)
  const [closedRecords, setClosedRecords] = useState(0)
  const closeDrill = useCallback(() => setDrill(null), [])

  const period = mode === 'rok' ? yearRange(year) : range
  const valid = period.from !== '' && period.to !== '' && period.from <= period.to
  const toYear = Number((valid ? period.to : yearRange(year).to).slice(0, 4))

  function open(target: RecordLink) {
    if (target.kind !== 'section') return setLink(target)
    if (target.section === 'reports-data') {
      setDrill(null)
      setTab('dane')
    } else openSection(target.section)
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <Title order={2}>Sprawozdania</Title>
        <Group align="end" gap="sm">
          <SegmentedControl
            aria-label="Rodzaj okresu"
            data={[
              { value: 'rok', label: 'Rok' },
              { value: 'okres', label: 'Dowolny okres' },
            ]}
            value={mode}
            onChange={(v) => setMode(v as 'rok' | 'okres')}
          />
          {mode === 'rok' ? (
            <Select
              label="Rok"
              w={110}
              allowDeselect={false}
              data={Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i))}
              value={String(year)}
              onChange={(v) => v && setYear(Number(v))}
            />
          ) : (
            <>
              <PolishDateInput
                label="Od"
                w={150}
                value={range.from}
                onChange={(from) => setRange((r) => ({ ...r, from }))}
              />
              <PolishDateInput
                label="Do"
                w={150}
                value={range.to}
                onChange={(to) => setRange((r) => ({ ...r, to }))}
              />
            </>
          )}
          <NumberInput
            label="Porównaj z latami wstecz"
            w={180}
            min={0}
            max={10}
            value={compareYears}
            onChange={(v) => setCompareYears(Math.max(0, Math.min(10, Number(v) || 0)))}
          />
        </Group>
      </Group>
      {!valid ? (
        <Text c="red" size="sm">
          Podaj obie daty okresu; data końcowa nie może być wcześniejsza niż początkowa.
        </Text>
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="roczne">Zestawienie roczne</Tabs.Tab>
            <Tabs.Tab value="wojewoda">Sprawozdanie dla wojewody</Tabs.Tab>
            <Tabs.Tab value="wykresy">Wykresy</Tabs.Tab>
            <Tabs.Tab value="kontrola">Kontrola danych</Tabs.Tab>
            <Tabs.Tab value="dane">Dane do sprawozdań</Tabs.Tab>
            <Tabs.Tab value="listy">Eksport list</Tabs.Tab>
          </Tabs.List>
          <Text size="sm" c="dimmed" mt="xs">
            Okres: {formatPeriod(period.from, period.to)}
          </Text>
          <Tabs.Panel value="roczne" pt="md">
            <SummaryTab {...period} compareYears={compareYears} onDrill={setDrill} />
          </Tabs.Panel>
          <Tabs.Panel value="wojewoda" pt="md">
            <WojewodaTab {...period} onDrill={setDrill} />
          </Tabs.Panel>
          <Tabs.Panel value="wykresy" pt="md">
            <ChartsTab year={toYear} />
          </Tabs.Panel>
          <Tabs.Panel value="kontrola" pt="md">
            <QualityTab {...period} refresh={closedRecords} onOpen={open} />
          </Tabs.Panel>
          <Tabs.Panel value="dane" pt="md">
            <ReportDataTab year={toYear} />
          </Tabs.Panel>
          <Tabs.Panel value="listy" pt="md">
            <ListExportsTab {...period} />
          </Tabs.Panel>
        </Tabs>
      )}
      {drill && <DrillDownModal request={drill} hidden={link !== null} onOpen={open} onClose={closeDrill} />}
      {link && (
        <RecordLinkModal
          link={link}
          onClose={() => {
            setLink(null)
            setClosedRecords((n) => n + 1)
          }}
        />
      )}
    </Stack>
  )
}
