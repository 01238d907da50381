// The PSU section: the month's timesheets first (the everyday work), then what they are built on.
import { useState } from 'react'
import { confirmLeave } from '../../app/leave-guard'
import { Stack, Tabs, Title } from '@mantine/core'
import { AssignmentsTab } from './AssignmentsTab'
import { DictionariesTab } from './DictionariesTab'
import { EventsTab } from './EventsTab'
import { MonthTab } from './MonthTab'
import { PlanTab } from './PlanTab'
import { PorozumieniaTab } from './PorozumieniaTab'
import { WorkplacesTab } from './WorkplacesTab'

const TABS = [
  { value: 'miesiac', label: 'Ewidencja miesiąca', Panel: MonthTab },
  { value: 'przydzialy', label: 'Przydziały', Panel: AssignmentsTab },
  { value: 'porozumienia', label: 'Porozumienia', Panel: PorozumieniaTab },
  { value: 'miejsca', label: 'Miejsca pracy', Panel: WorkplacesTab },
  { value: 'zgloszenia', label: 'Odmowy i nieobecności', Panel: EventsTab },
  { value: 'plan', label: 'Plan potrzeb', Panel: PlanTab },
  { value: 'slowniki', label: 'Słowniki', Panel: DictionariesTab },
] as const

export function PsuPage() {
  const [tab, setTab] = useState<string>('miesiac')
  return (
    <Stack gap="md">
      <Title order={2}>Prace społecznie użyteczne</Title>
      <Tabs value={tab} onChange={(v) => v && confirmLeave(() => setTab(v))} keepMounted={false}>
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            <t.Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
