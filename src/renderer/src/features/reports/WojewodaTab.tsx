import { Group, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { ACTIVITY_KINDS } from '@shared/activity.schema'
import { formatDate } from '@shared/dates'
import { TARGET_GROUP_SHORT } from '@shared/eligibility'
import {
  FIGURES,
  STAFF_BASES,
  WOJEWODA_FIGURES,
  formatFte,
  formatPeriod,
  formatShare,
  formatWorkingTime,
  shareBase,
  type FigureId,
} from '@shared/reports'
import { pluralPl } from '@shared/text'
import { unwrap } from '../../api/client'
import type { DrillRequest } from './DrillDownModal'
import { FigureButton } from './FigureButton'
import { FundingList } from './FundingList'
import { GrantList } from './GrantList'
import { ReportActions } from './ReportActions'
import { useLoad } from '../../api/use-load'

interface Props {
  from: string
  to: string
  onDrill: (request: DrillRequest) => void
}

export function WojewodaTab({ from, to, onDrill }: Props) {
  const { data: report } = useLoad(`${from} ${to}`, () => unwrap(window.api.reports.wojewoda({ from, to })))

  if (!report) return <Loader size="sm" />

  const figure = (id: FigureId, key: string | null, value: number, title: string, testId?: string) => (
    <FigureButton
      unit={FIGURES[id].unit}
      value={value}
      label={title}
      testId={testId}
      onOpen={() => onDrill({ figure: id, key, from, to, title })}
    />
  )
  const participants = report.totals.participants
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Art. 18a ust. 6 ustawy o zatrudnieniu socjalnym — do wojewody do 31 marca. Kliknij liczbę, aby
          zobaczyć osoby.
        </Text>
        <ReportActions
          report="wojewoda"
          title={`Sprawozdanie KIS dla wojewody — ${formatPeriod(from, to)}`}
          from={from}
          to={to}
          compareYears={0}
        />
      </Group>

      <Title order={4}>Uczestnicy według grup docelowych</Title>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder striped aria-label="Uczestnicy według grup docelowych">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Grupa docelowa</Table.Th>
              <Table.Th ta="right">Uczestnicy</Table.Th>
              <Table.Th ta="right">Reintegracja społeczna i zawodowa</Table.Th>
              <Table.Th ta="right">w tym zatrudnienie po ukończeniu uczestnictwa</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.groups.map((g) => {
              const name = TARGET_GROUP_SHORT[g.group]
              return (
                <Table.Tr key={g.group}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td ta="right">
                    {figure(
                      'grupa-uczestnicy',
                      g.group,
                      g.participants,
                      `${name} — uczestnicy`,
                      `group-${g.group}`,
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {figure('grupa-reintegracja', g.group, g.reintegrated, `${name} — reintegracja`)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {figure(
                      'grupa-zatrudnieni-po-kis',
                      g.group,
                      g.employedAfter,
                      `${name} — zatrudnienie po ukończeniu uczestnictwa`,
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>Ogółem (osoba liczona raz)</Table.Th>
              <Table.Th ta="right">{figure('uczestnicy', null, participants, 'Uczestnicy ogółem')}</Table.Th>
              <Table.Th ta="right">
                {figure(
                  'reintegracja',
                  null,
                  report.totals.reintegrated,
                  'Reintegracja ogółem',
                  'figure-reintegracja',
                )}
              </Table.Th>
              <Table.Th ta="right">
                {figure(
                  'zatrudnieni-po-kis',
                  null,
                  report.totals.employedAfter,
                  'Zatrudnienie po ukończeniu uczestnictwa — ogółem',
                  'figure-zatrudnieni-po-kis',
                )}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {WOJEWODA_FIGURES['grupa-uczestnicy'].definition} Reintegracja:{' '}
        {WOJEWODA_FIGURES.reintegracja.definition} Zatrudnienie po ukończeniu uczestnictwa:{' '}
        {WOJEWODA_FIGURES['zatrudnieni-po-kis'].definition}
      </Text>

      <Title order={4}>Kadra</Title>
      <Group gap="xs">
        <Text size="sm">Osoby w kadrze KIS:</Text>
        {figure('kadra', null, report.staffPersons, 'Kadra KIS', 'figure-kadra')}
        <Text size="sm">
          ({pluralPl(report.staffPersons, 'osoba', 'osoby', 'osób')}; {formatFte(report.staffFtePermille)} na
          umowach o pracę)
        </Text>
      </Group>
      {report.staff.length === 0 ? (
        <Text size="sm" c="orange">
          Nie wpisano zatrudnienia kadry KIS — uzupełnij je w zakładce „Dane do sprawozdań”.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table withTableBorder aria-label="Kadra KIS">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Imię i nazwisko</Table.Th>
                <Table.Th>Funkcja w KIS</Table.Th>
                <Table.Th>Podstawa zatrudnienia</Table.Th>
                <Table.Th>Wymiar czasu pracy</Table.Th>
                <Table.Th>Okres</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.staff.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.staffName}</Table.Td>
                  <Table.Td>{s.kisRole}</Table.Td>
                  <Table.Td>{STAFF_BASES[s.basis]}</Table.Td>
                  <Table.Td>{formatWorkingTime(s.ftePermille, s.monthlyMin)}</Table.Td>
                  <Table.Td>
                    {formatDate(s.dateFrom)}–{s.dateTo ? formatDate(s.dateTo) : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Title order={4}>Działania</Title>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder striped aria-label="Formy wsparcia">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Forma wsparcia</Table.Th>
              <Table.Th ta="right">Osoby</Table.Th>
              <Table.Th ta="right">Wpisy</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.activities.map((a) => (
              <Table.Tr key={a.kind}>
                <Table.Td>{ACTIVITY_KINDS[a.kind]}</Table.Td>
                <Table.Td ta="right">
                  {figure('wsparcie-osoby', a.kind, a.persons, `${ACTIVITY_KINDS[a.kind]} — osoby`)}
                </Table.Td>
                <Table.Td ta="right">
                  {figure('wsparcie-wpisy', a.kind, a.entries, `${ACTIVITY_KINDS[a.kind]} — wpisy`)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td>przeprowadzone zajęcia grupowe (liczba zajęć)</Table.Td>
              <Table.Td />
              <Table.Td ta="right">
                {figure('zajecia-grupowe', null, report.groupClassesHeld, 'Przeprowadzone zajęcia grupowe')}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={4}>Efekty — wskaźniki ośrodka z zestawienia rocznego</Title>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table withTableBorder striped aria-label="Efekty">
          <Table.Tbody>
            {report.effects.map((e) => {
              const def = FIGURES[e.id]
              return (
                <Table.Tr key={e.id}>
                  <Table.Td pl={def.part ? 'xl' : undefined}>
                    <Text size="sm">{def.label}</Text>
                    <Text size="xs" c="dimmed">
                      {def.definition}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" valign="top">
                    {figure(e.id, null, e.value, def.label)}
                  </Table.Td>
                  <Table.Td ta="right" valign="top" style={{ whiteSpace: 'nowrap' }}>
                    {shareBase(e.id) ? formatShare(e.value, participants) : ''}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={4}>Rozliczenie przyznanych dotacji za rok poprzedni</Title>
      <GrantList grants={report.grants} />
      <Title order={4}>Źródła finansowania</Title>
      <FundingList funding={report.funding} />
    </Stack>
  )
}
