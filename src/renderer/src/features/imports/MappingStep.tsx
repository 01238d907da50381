// Step 2: the first rows as they are in the file, then which column holds which field (guessed from
// the header names or remembered from the last import), and the defaults for rows without a group or date.
import { Alert, Badge, Group, ScrollArea, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { TARGET_GROUP_CODES, TARGET_GROUP_SHORT, type TargetGroup } from '@shared/eligibility'
import {
  columnLetter,
  FIELDS_OF_KIND,
  missingColumns,
  IMPORT_FIELD_LABELS,
  REQUIRED_FIELDS,
  type ImportDefaults,
  type ImportKind,
  type ImportMapping,
  type ImportPreview,
} from '@shared/imports.schema'
import { PolishDateInput } from '../../components/PolishDateInput'

/** What is still missing before the dry run can start, in Polish; empty when ready. */
export function mappingProblems(
  kind: ImportKind,
  mapping: ImportMapping,
  defaults: ImportDefaults,
): string[] {
  const problems = missingColumns(kind, mapping)
  if (mapping.targetGroups == null && defaults.targetGroup === null) {
    problems.push(
      'Plik nie ma kolumny z grupą docelową — wybierz grupę dla nowych osób (rejestr jej wymaga).',
    )
  }
  return problems
}

interface Props {
  kind: ImportKind
  preview: ImportPreview
  mapping: ImportMapping
  defaults: ImportDefaults
  onMapping: (mapping: ImportMapping) => void
  onDefaults: (defaults: ImportDefaults) => void
}

export function MappingStep({ kind, preview, mapping, defaults, onMapping, onDefaults }: Props) {
  const columns = preview.headers.map((h, i) => ({ value: String(i), label: `${columnLetter(i)}: ${h}` }))
  const used = new Map<number, string>()
  for (const [field, column] of Object.entries(mapping)) if (column != null) used.set(column, field)
  const problems = mappingProblems(kind, mapping, defaults)
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Nagłówek w wierszu {preview.headerRow}, wierszy z danymi: {preview.dataRows}. Pierwsze wiersze pliku:
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Table withTableBorder withColumnBorders fz="xs" aria-label="Pierwsze wiersze pliku">
          <Table.Thead>
            <Table.Tr>
              {preview.headers.map((h, i) => (
                <Table.Th key={i} style={{ whiteSpace: 'nowrap' }}>
                  {columnLetter(i)}: {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((row, r) => (
              <Table.Tr key={r}>
                {row.map((cell, i) => (
                  <Table.Td key={i} style={{ whiteSpace: 'nowrap' }}>
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Title order={4}>Które kolumny to które pola</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        {FIELDS_OF_KIND[kind].map((field) => (
          <Select
            key={field}
            label={
              <Group gap={6} component="span">
                {IMPORT_FIELD_LABELS[field]}
                {REQUIRED_FIELDS[kind].includes(field) && (
                  <Text span c="red">
                    *
                  </Text>
                )}
                {preview.remembered.includes(field) && (
                  <Badge size="xs" variant="light">
                    zapamiętane
                  </Badge>
                )}
              </Group>
            }
            aria-label={IMPORT_FIELD_LABELS[field]}
            placeholder="— pomiń —"
            data={columns.map((c) => ({
              ...c,
              disabled: used.has(Number(c.value)) && used.get(Number(c.value)) !== field,
            }))}
            value={mapping[field] != null ? String(mapping[field]) : null}
            onChange={(v) => onMapping({ ...mapping, [field]: v === null ? null : Number(v) })}
            clearable
            searchable
          />
        ))}
      </SimpleGrid>
      <Title order={4}>Dla nowych osób, gdy w wierszu brak</Title>
      <Group align="end">
        <Select
          label="Grupa docelowa"
          placeholder="wybierz grupę"
          w={300}
          data={TARGET_GROUP_CODES.filter((g) => g !== 'inna').map((g) => ({
            value: g,
            label: TARGET_GROUP_SHORT[g],
          }))}
          value={defaults.targetGroup}
          onChange={(g) => onDefaults({ ...defaults, targetGroup: g as TargetGroup | null })}
          clearable
        />
        <PolishDateInput
          label={kind === 'psu' ? 'Data przyjęcia (gdy brak, data skierowania)' : 'Data przyjęcia'}
          w={300}
          value={defaults.admissionDate}
          onChange={(admissionDate) => onDefaults({ ...defaults, admissionDate })}
        />
      </Group>
      {problems.length > 0 && (
        <Alert color="yellow" title="Zanim sprawdzisz plik">
          {problems.map((p) => (
            <Text key={p} size="sm">
              {p}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  )
}
