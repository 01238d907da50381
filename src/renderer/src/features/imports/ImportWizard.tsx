// "Importuj z Excela…": file → sheet and columns → dry run → import → result with the skipped-rows
// report. Main holds the file; this screen only passes the token, the sheet and the mapping.
import { useEffect, useState } from 'react'
import { Alert, Button, Group, NumberInput, Select, Stack, Stepper, Text } from '@mantine/core'
import { AppModal } from '../../components/AppModal'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { todayIso } from '@shared/dates'
import {
  IMPORT_KIND_LABELS,
  type ImportDefaults,
  type ImportDryRun,
  type ImportKind,
  type ImportMapping,
  type ImportOpened,
  type ImportPreview,
  type ImportResult,
} from '@shared/imports.schema'
import { pluralPl } from '@shared/text'
import { ApiCallError, notifyError, unwrap } from '../../api/client'
import { DryRunStep } from './DryRunStep'
import { ImportProgressBar } from './ImportProgressBar'
import { mappingProblems, MappingStep } from './MappingStep'
import { usePolledCall } from '../../api/use-polled-call'

type OpenedFile = Extract<ImportOpened, { cancelled: false }>

interface Props {
  kind: ImportKind
  onClose: () => void
  /** After anything was written, so the list behind reloads. */
  onImported: () => void
}

const pollImport = () => window.api.imports.progress()
const people = (n: number) => `${n} ${pluralPl(n, 'osoba', 'osoby', 'osób')}`

export function ImportWizard({ kind, onClose, onImported }: Props) {
  const [step, setStep] = useState(0)
  const [file, setFile] = useState<OpenedFile | null>(null)
  const [sheet, setSheet] = useState<string | null>(null)
  const [headerRow, setHeaderRow] = useState<number | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<ImportMapping>({})
  const [defaults, setDefaults] = useState<ImportDefaults>({ targetGroup: null, admissionDate: todayIso() })
  const [dryRun, setDryRun] = useState<ImportDryRun | null>(null)
  const [ticked, setTicked] = useState<Set<number>>(new Set())
  const [result, setResult] = useState<ImportResult | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const { progress, busy, run } = usePolledCall(pollImport)
  const token = file?.token

  useEffect(() => () => void (token && window.api.imports.close({ token })), [token])

  /** Runs a call; a refusal is shown in the wizard (it explains what to fix in the file). */
  async function attempt<T>(call: () => Promise<T>): Promise<T | null> {
    setRefusal(null)
    try {
      return await run(call)
    } catch (error) {
      if (error instanceof ApiCallError) setRefusal(error.message)
      else notifyError(error)
      return null
    }
  }

  async function loadPreview(f: OpenedFile, name: string, row: number | null) {
    const p = await attempt(() =>
      unwrap(window.api.imports.preview({ token: f.token, sheet: name, headerRow: row })),
    )
    setPreview(p)
    if (p) {
      setHeaderRow(p.headerRow)
      setMapping(p.mapping)
    }
  }

  async function chooseFile() {
    const opened = await attempt(() => unwrap(window.api.imports.open({ kind })))
    if (!opened || opened.cancelled) return
    setFile(opened)
    const first = opened.sheets.find((s) => s.rows > 0) ?? opened.sheets[0]!
    setSheet(first.name)
    setDryRun(null)
    await loadPreview(opened, first.name, null)
  }

  const plan = () => ({ token: file!.token, sheet: sheet!, headerRow: preview!.headerRow, mapping, defaults })

  async function check() {
    const d = await attempt(() => unwrap(window.api.imports.dryrun(plan())))
    if (!d) return
    setDryRun(d)
    setTicked(new Set())
    setStep(2)
  }

  function confirmImport() {
    const created = dryRun!.counts.nowa
    const assignments = dryRun!.assignments.nowy
    modals.openConfirmModal({
      title: 'Zapisać import?',
      children: (
        <Stack gap={4}>
          <Text size="sm">Nowe osoby: {created}</Text>
          <Text size="sm">Aktualizacje zaznaczonych osób: {ticked.size}</Text>
          {kind === 'psu' && <Text size="sm">Nowe przydziały PSU: {assignments}</Text>}
          <Text size="sm" c="dimmed">
            Przed zapisem program zrobi sprawdzoną kopię zapasową bazy. Zapis jest całościowy: albo wszystko,
            albo nic.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Importuj', cancel: 'Anuluj' },
      onConfirm: () => void startImport(),
    })
  }

  async function startImport() {
    const r = await attempt(() => unwrap(window.api.imports.run({ ...plan(), update: [...ticked] })))
    if (!r) return
    setResult(r)
    setStep(3)
    if (r.created + r.updated + r.assignments > 0) onImported()
  }

  async function saveReport() {
    const saved = await attempt(() => unwrap(window.api.imports.report({ token: file!.token })))
    if (saved?.path)
      notifications.show({ color: 'teal', title: 'Zapisano raport pominiętych wierszy', message: saved.path })
  }

  const problems = preview ? mappingProblems(kind, mapping, defaults) : ['Wybierz plik.']
  const writes = dryRun ? dryRun.counts.nowa + ticked.size + dryRun.assignments.nowy : 0
  return (
    <AppModal
      opened
      onClose={onClose}
      title={`Import z Excela — ${IMPORT_KIND_LABELS[kind]}`}
      size="90%"
      closeOnEscape={!busy}
    >
      <Stack gap="md">
        <Stepper active={step} onStepClick={(s) => !busy && s < step && step < 3 && setStep(s)} size="sm">
          <Stepper.Step label="Plik" description="XLSX albo CSV">
            <Stack gap="sm">
              <Group align="end">
                <Button onClick={() => void chooseFile()} disabled={busy} data-autofocus>
                  {file ? 'Wybierz inny plik…' : 'Wybierz plik…'}
                </Button>
                {file && file.sheets.length > 1 && (
                  <Select
                    label="Arkusz"
                    w={260}
                    data={file.sheets.map((s) => ({ value: s.name, label: `${s.name} (${s.rows} wierszy)` }))}
                    value={sheet}
                    allowDeselect={false}
                    onChange={(s) => {
                      if (!s) return
                      setSheet(s)
                      void loadPreview(file, s, null)
                    }}
                  />
                )}
                {file && (
                  <NumberInput
                    label="Wiersz nagłówka"
                    w={160}
                    min={1}
                    value={headerRow ?? ''}
                    onChange={(v) => setHeaderRow(typeof v === 'number' ? v : null)}
                    onBlur={() => headerRow && sheet && void loadPreview(file, sheet, headerRow)}
                  />
                )}
              </Group>
              {file && (
                <Text size="sm" data-testid="import-file-info">
                  {file.fileName} — {file.format === 'xlsx' ? 'skoroszyt Excela' : 'plik CSV'}
                  {file.encoding && `, kodowanie: ${file.encoding}`}
                  {file.delimiter && `, separator: ${file.delimiter}`}
                </Text>
              )}
              {!file && (
                <Text size="sm" c="dimmed">
                  Plik .xlsx (także .xls zapisany ponownie jako .xlsx) albo .csv (średnik lub przecinek, UTF-8
                  lub Windows-1250). Pierwszy wiersz z nazwami kolumn zostanie znaleziony sam.
                </Text>
              )}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Kolumny" description="podgląd i przypisanie">
            {preview && (
              <MappingStep
                kind={kind}
                preview={preview}
                mapping={mapping}
                defaults={defaults}
                onMapping={setMapping}
                onDefaults={setDefaults}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label="Sprawdzenie" description="próbny import">
            {dryRun && (
              <DryRunStep dryRun={dryRun} psu={kind === 'psu'} ticked={ticked} onTicked={setTicked} />
            )}
          </Stepper.Step>
          <Stepper.Completed>
            {result && (
              <Stack gap="sm" data-testid="import-result">
                <Alert color="teal" title="Import zakończony">
                  <Text size="sm">Dodano: {people(result.created)}.</Text>
                  <Text size="sm">Zaktualizowano: {people(result.updated)}.</Text>
                  {kind === 'psu' && <Text size="sm">Dodano przydziałów PSU: {result.assignments}.</Text>}
                  <Text size="sm">Pominięte wiersze: {result.skipped}.</Text>
                  {result.backupPath ? (
                    <Text size="xs" c="dimmed">
                      Kopia zapasowa sprzed importu: {result.backupPath}
                    </Text>
                  ) : (
                    <Text size="xs" c="dimmed">
                      Nie było nic do zapisania — baza nie została zmieniona.
                    </Text>
                  )}
                </Alert>
                {result.skipped > 0 && (
                  <Group>
                    <Button onClick={() => void saveReport()} disabled={busy}>
                      Pobierz raport pominiętych wierszy
                    </Button>
                    <Text size="xs" c="dimmed">
                      XLSX z kolumną „Powód pominięcia”: popraw wiersze w Excelu i zaimportuj raport ponownie.
                    </Text>
                  </Group>
                )}
              </Stack>
            )}
          </Stepper.Completed>
        </Stepper>
        {busy && <ImportProgressBar progress={progress} />}
        {refusal && (
          <Alert color="red" title="Nie można kontynuować" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          {step === 0 && (
            <Button onClick={() => setStep(1)} disabled={!preview || busy}>
              Dalej
            </Button>
          )}
          {step === 1 && (
            <Button onClick={() => void check()} disabled={problems.length > 0 || busy}>
              Sprawdź plik (próbny import)
            </Button>
          )}
          {step === 2 && (
            <Button onClick={confirmImport} disabled={busy || writes === 0}>
              {writes === 0 ? 'Nic do zaimportowania' : 'Importuj…'}
            </Button>
          )}
          <Button variant="default" onClick={onClose} disabled={busy}>
            {step === 3 ? 'Zamknij' : 'Anuluj'}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  )
}
