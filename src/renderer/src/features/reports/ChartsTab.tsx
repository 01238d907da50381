import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core'
import { formatGrosze } from '@shared/money'
import { formatMonth } from '@shared/psu-calendar'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'

const YEARS = 5
/** No growing bars: the figures are read, printed and screenshotted as they are. */
const STILL = { isAnimationActive: false }
const zl = (grosze: number) => grosze / 100
const money = (value: number) => formatGrosze(Math.round(value * 100))
const MONEY_SERIES = [
  { name: 'wyplacono', label: 'wypłacone świadczenia', color: 'teal.6' },
  { name: 'wnioskowano', label: 'refundacja wnioskowana', color: 'orange.5' },
  { name: 'otrzymano', label: 'refundacja otrzymana', color: 'blue.6' },
]

/** Charts of the chosen year and the years before it. */
export function ChartsTab({ year }: { year: number }) {
  const { data } = useLoad(String(year), () => unwrap(window.api.reports.charts({ year, years: YEARS })))

  if (!data) return <Loader size="sm" />
  const years = data.years.map((y) => ({
    rok: String(y.year),
    uczestnicy: y.participants,
    absolwenci: y.graduates,
    wyplacono: zl(y.psuPaidGr),
    wnioskowano: zl(y.psuRefundRequestedGr),
    otrzymano: zl(y.psuRefundReceivedGr),
  }))
  const months = data.months.map((m) => ({
    miesiac: formatMonth(m.month).split(' ')[0]!.slice(0, 3),
    wyplacono: zl(m.psuPaidGr),
    wnioskowano: zl(m.psuRefundRequestedGr),
    otrzymano: zl(m.psuRefundReceivedGr),
  }))
  const types = data.positionsByType.map((t) => ({ rodzaj: t.positionType, stanowiska: t.positions }))

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md" aria-label="Uczestnicy i absolwenci w latach">
        <Title order={5} mb="sm">
          Uczestnicy i absolwenci w latach {data.years[0]!.year}–{year}
        </Title>
        <BarChart
          barProps={STILL}
          h={240}
          data={years}
          dataKey="rok"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'uczestnicy', label: 'uczestnicy', color: 'teal.6' },
            { name: 'absolwenci', label: 'absolwenci (≥ 6 miesięcy)', color: 'indigo.5' },
          ]}
        />
      </Paper>
      <Paper withBorder p="md" aria-label="PSU w miesiącach">
        <Title order={5} mb="sm">
          PSU w {year} r. — wydatki i refundacja z Funduszu Pracy według miesięcy pracy
        </Title>
        <BarChart
          barProps={STILL}
          h={240}
          data={months}
          dataKey="miesiac"
          withLegend
          valueFormatter={money}
          series={MONEY_SERIES}
        />
      </Paper>
      <Paper withBorder p="md" aria-label="PSU w latach">
        <Title order={5} mb="sm">
          PSU w latach — wydatki i refundacja
        </Title>
        <BarChart
          barProps={STILL}
          h={240}
          data={years}
          dataKey="rok"
          withLegend
          valueFormatter={money}
          series={MONEY_SERIES}
        />
      </Paper>
      <Paper withBorder p="md" aria-label="Stanowiska PSU według rodzaju">
        <Title order={5} mb="sm">
          Stanowiska PSU według rodzaju w {year} r.
        </Title>
        {types.length === 0 ? (
          <Text size="sm" c="dimmed">
            Brak list wypłat PSU w tym roku.
          </Text>
        ) : (
          <BarChart
            barProps={STILL}
            h={Math.max(120, 48 * types.length)}
            data={types}
            dataKey="rodzaj"
            orientation="vertical"
            yAxisProps={{ width: 170 }}
            xAxisProps={{ allowDecimals: false }}
            series={[{ name: 'stanowiska', label: 'stanowiska', color: 'grape.6' }]}
          />
        )}
      </Paper>
    </SimpleGrid>
  )
}
