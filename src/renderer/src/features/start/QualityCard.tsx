import { useState } from 'react'
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { todayIso } from '@shared/dates'
import { QUALITY_CHECKS, type RecordLink } from '@shared/reports.schema'
import { yearRange } from '@shared/reports'
import { countPl } from '@shared/text'
import { unwrap } from '../../api/client'
import { useLoad } from '../../api/use-load'
import { QualityRows } from '../reports/QualityTab'
import { openSection, RecordLinkModal } from '../reports/RecordLinkModal'

const SHOWN_PER_CHECK = 3

/** The reports' data-quality check for this year, on Start: problems are fixed when they happen. */
export function QualityCard() {
  const today = todayIso()
  const period = { from: yearRange(Number(today.slice(0, 4))).from, to: today }
  const { data: report, reload } = useLoad(`${period.from} ${period.to}`, () =>
    unwrap(window.api.reports.quality(period)),
  )
  const [link, setLink] = useState<RecordLink | null>(null)
  const open = (target: RecordLink) =>
    target.kind === 'section' ? openSection(target.section) : setLink(target)

  const found = report?.checks.filter((c) => c.rows.length > 0) ?? []
  const problems = found.reduce((sum, c) => sum + c.rows.length, 0)
  return (
    <Card withBorder aria-label="Kontrola danych">
      <Group justify="space-between">
        <Title order={4}>Kontrola danych — {today.slice(0, 4)} r.</Title>
        <Button size="compact-sm" variant="subtle" onClick={() => openSection('reports')}>
          Pełna kontrola danych
        </Button>
      </Group>
      {report && (
        <Text size="sm" c={problems === 0 ? 'teal' : 'orange'} mt="xs" data-testid="start-quality">
          {problems === 0
            ? 'Nie znaleziono problemów w danych tego roku.'
            : `Do poprawienia: ${countPl(problems, 'pozycja', 'pozycje', 'pozycji')}.`}
        </Text>
      )}
      <Stack gap="xs" mt="xs">
        {found.map((check) => (
          <Stack key={check.id} gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {QUALITY_CHECKS[check.id].label}
              </Text>
              <Badge color="orange">{check.rows.length}</Badge>
            </Group>
            <QualityRows
              label={QUALITY_CHECKS[check.id].label}
              rows={check.rows.slice(0, SHOWN_PER_CHECK)}
              onOpen={open}
            />
            {check.rows.length > SHOWN_PER_CHECK && (
              <Text size="xs" c="dimmed">
                …i {check.rows.length - SHOWN_PER_CHECK} więcej w Sprawozdaniach → Kontrola danych.
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
      {link && (
        <RecordLinkModal
          link={link}
          onClose={() => {
            setLink(null)
            reload()
          }}
        />
      )}
    </Card>
  )
}
