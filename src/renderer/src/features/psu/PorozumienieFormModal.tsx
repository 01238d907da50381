import { useEffect, useMemo, useState } from 'react'
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { isRealDate, formatDate, todayIso } from '@shared/dates'
import { formatGrosze } from '@shared/money'
import {
  porozumienieInput,
  type MinimumRateRecord,
  type PorozumienieForm,
  type PorozumienieRecord,
} from '@shared/psu-porozumienia.schema'
import {
  REFUND_BASE_LABELS,
  REFUND_BASES,
  REGIMES,
  regimeFor,
  TERMS_TO_CONFIRM,
  type RefundBase,
} from '@shared/psu-regime'
import { belowMinimum } from '@shared/psu-minimum'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { confirmRateChange } from '../payouts/confirm-rate-change'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'
import { HoursInput, MoneyInput, PercentInput } from './NumberFields'
import { PorozumienieWorksFields } from './PorozumienieWorksFields'

interface Props {
  porozumienie: PorozumienieRecord | null
  onClose: () => void
  onSaved: () => void
}

function emptyForm(): PorozumienieForm {
  const year = todayIso().slice(0, 4)
  const defaults = REGIMES.nowy.defaults
  return {
    number: '',
    signedOn: todayIso(),
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
    plannedPersons: 0,
    plannedMin: 0,
    monthlyLimitMin: defaults.monthlyLimitMin,
    weeklyLimitMin: defaults.weeklyLimitMin,
    refundShareBp: defaults.refundShareBp,
    refundBase: defaults.refundBase,
    refundAmountGr: null,
    refundDueDays: null,
    maxMonthsPerPerson: null,
    works: [],
    rates: [{ validFrom: `${year}-01-01`, rateGr: 0 }],
    notes: '',
  }
}

function toForm(p: PorozumienieRecord): PorozumienieForm {
  return {
    number: p.number,
    signedOn: p.signedOn,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    plannedPersons: p.plannedPersons,
    plannedMin: p.plannedMin,
    monthlyLimitMin: p.monthlyLimitMin,
    weeklyLimitMin: p.weeklyLimitMin,
    refundShareBp: p.refundShareBp,
    refundBase: p.refundBase,
    refundAmountGr: p.refundAmountGr,
    refundDueDays: p.refundDueDays,
    maxMonthsPerPerson: p.maxMonthsPerPerson,
    works: p.works,
    rates: p.rates,
    notes: p.notes,
  }
}

export function PorozumienieFormModal({ porozumienie, onClose, onSaved }: Props) {
  const [minimumRates, setMinimumRates] = useState<MinimumRateRecord[]>([])
  const form = useForm<PorozumienieForm>({
    mode: 'controlled',
    initialValues: porozumienie ? toForm(porozumienie) : emptyForm(),
    validate: schemaResolver(porozumienieInput, { sync: true }),
  })
  useEffect(() => {
    unwrap(window.api.minimumrates.list()).then(setMinimumRates, notifyError)
  }, [])

  const v = form.values
  const regime = isRealDate(v.signedOn) ? regimeFor(v.signedOn) : null
  const info = regime ? REGIMES[regime] : null

  /** Old regime: every stretch of the term where the rate is below the minimum in force. */
  const lowRates = useMemo(() => {
    if (regime !== 'stary' || !isRealDate(v.periodFrom) || !isRealDate(v.periodTo)) return []
    const rates = v.rates.filter((r) => isRealDate(r.validFrom) && r.rateGr > 0)
    return belowMinimum({ from: v.periodFrom, to: v.periodTo }, rates, minimumRates)
  }, [regime, v.periodFrom, v.periodTo, v.rates, minimumRates])
  /** Under the 2025 act the benefit and refund terms come only from the porozumienie (issue 12). */
  const toConfirm = regime === 'nowy' ? TERMS_TO_CONFIRM : undefined

  function setSignedOn(iso: string) {
    form.setFieldValue('signedOn', iso)
    if (isRealDate(iso) && regimeFor(iso) === 'stary') {
      const { defaults } = REGIMES.stary
      if (v.weeklyLimitMin === null || v.weeklyLimitMin > defaults.weeklyLimitMin!) {
        form.setFieldValue('weeklyLimitMin', defaults.weeklyLimitMin)
      }
      form.setFieldValue('refundBase', defaults.refundBase)
      if (v.refundShareBp === null || v.refundShareBp > defaults.refundShareBp!)
        form.setFieldValue('refundShareBp', defaults.refundShareBp)
    }
  }

  /** A single rate follows the start of the period: the first rate always starts on its first day. */
  function setPeriodFrom(iso: string) {
    form.setFieldValue('periodFrom', iso)
    if (v.rates.length === 1) form.setFieldValue('rates.0.validFrom', iso)
  }

  async function save(values: PorozumienieForm) {
    if (
      porozumienie &&
      !(await confirmRateChange({
        target: 'porozumienie',
        porozumienieId: porozumienie.id,
        rates: values.rates,
      }))
    )
      return
    const saved = await unwrap(
      porozumienie
        ? window.api.porozumienia.update({ id: porozumienie.id, data: values })
        : window.api.porozumienia.create(values),
    )
    notifySaved(`Porozumienie nr ${saved.number}`)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Porozumienie"
      onClose={onClose}
      onSubmit={save}
      title={porozumienie ? `Porozumienie nr ${porozumienie.number}` : 'Nowe porozumienie'}
      size="xl"
    >
      <SimpleGrid cols={4}>
        <TextInput label="Numer porozumienia" withAsterisk data-autofocus {...form.getInputProps('number')} />
        <PolishDateInput
          label="Data podpisania"
          withAsterisk
          {...form.getInputProps('signedOn')}
          onChange={setSignedOn}
        />
        <PolishDateInput
          label="Okres od"
          withAsterisk
          {...form.getInputProps('periodFrom')}
          onChange={setPeriodFrom}
        />
        <PolishDateInput label="Okres do" withAsterisk {...form.getInputProps('periodTo')} />
      </SimpleGrid>
      {info && (
        <Alert
          color={regime === 'stary' ? 'gray' : 'blue'}
          title={`Przepisy: ${info.label}`}
          data-testid="regime"
        >
          <Text size="sm">Podstawa prawna: {info.legalBasis}.</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {info.confidence}
          </Text>
        </Alert>
      )}
      <SimpleGrid cols={4}>
        <NumberInput
          label="Planowana liczba osób"
          min={0}
          allowDecimal={false}
          {...form.getInputProps('plannedPersons')}
        />
        <HoursInput
          label="Planowana liczba godzin"
          value={v.plannedMin}
          onChange={(m) => form.setFieldValue('plannedMin', m ?? 0)}
          error={form.errors.plannedMin}
        />
        <HoursInput
          label="Limit na osobę w miesiącu"
          withAsterisk
          value={v.monthlyLimitMin}
          onChange={(m) => form.setFieldValue('monthlyLimitMin', m ?? 0)}
          error={form.errors.monthlyLimitMin}
        />
        <HoursInput
          label="Limit tygodniowy"
          description={regime === 'stary' ? 'ustawowo najwyżej 10 h' : 'puste: bez limitu tygodniowego'}
          nullable
          value={v.weeklyLimitMin}
          onChange={(m) => form.setFieldValue('weeklyLimitMin', m)}
          error={form.errors.weeklyLimitMin}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <PercentInput
          label="Refundacja z Funduszu Pracy — udział"
          withAsterisk
          description={toConfirm}
          nullable
          value={v.refundShareBp}
          onChange={(bp) => form.setFieldValue('refundShareBp', bp)}
          error={form.errors.refundShareBp}
        />
        <Select
          label="Refundacja liczona od"
          withAsterisk
          description={toConfirm}
          placeholder="wybierz według porozumienia"
          data={REFUND_BASES.map((b) => ({ value: b, label: REFUND_BASE_LABELS[b] }))}
          allowDeselect={false}
          value={v.refundBase}
          onChange={(b) => b && form.setFieldValue('refundBase', b as RefundBase)}
          error={form.errors.refundBase}
        />
        <NumberInput
          label="Termin refundacji (dni od wniosku)"
          withAsterisk
          description="według porozumienia"
          min={1}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('refundDueDays')}
          value={v.refundDueDays ?? ''}
          onChange={(n) => form.setFieldValue('refundDueDays', typeof n === 'number' ? n : null)}
        />
        <MoneyInput
          label="Kwota refundacji w porozumieniu"
          description="puste: porozumienie jej nie podaje"
          nullable
          value={v.refundAmountGr}
          onChange={(gr) => form.setFieldValue('refundAmountGr', gr)}
          error={form.errors.refundAmountGr}
        />
      </SimpleGrid>
      <NumberInput
        label="Najdłuższy okres prac jednej osoby (miesiące)"
        description="według porozumienia; puste: porozumienie go nie ogranicza"
        min={1}
        max={120}
        allowDecimal={false}
        w={360}
        {...form.getInputProps('maxMonthsPerPerson')}
        value={v.maxMonthsPerPerson ?? ''}
        onChange={(n) => form.setFieldValue('maxMonthsPerPerson', typeof n === 'number' ? n : null)}
      />
      <PorozumienieWorksFields form={form} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Stawka świadczenia za godzinę (zmiana stawki w trakcie porozumienia: dodaj okres)
        </Text>
        {v.rates.map((r, i) => (
          <Group key={i} align="end">
            <PolishDateInput label="Obowiązuje od" {...form.getInputProps(`rates.${i}.validFrom`)} w={180} />
            <MoneyInput
              label="Stawka za godzinę"
              description={toConfirm}
              value={r.rateGr}
              onChange={(gr) => form.setFieldValue(`rates.${i}.rateGr`, gr ?? 0)}
              error={form.errors[`rates.${i}.rateGr`]}
              w={180}
            />
            {v.rates.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label="Usuń okres stawki"
                onClick={() => form.removeListItem('rates', i)}
              >
                ✕
              </ActionIcon>
            )}
          </Group>
        ))}
        {form.errors.rates && (
          <Text size="sm" c="red">
            {form.errors.rates}
          </Text>
        )}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            onClick={() =>
              form.insertListItem('rates', { validFrom: '', rateGr: v.rates.at(-1)?.rateGr ?? 0 })
            }
          >
            Dodaj zmianę stawki
          </Button>
        </Group>
      </Stack>
      {lowRates.map((low) => (
        <Alert key={low.from} color="yellow" title="Stawka niższa od minimalnej" data-testid="below-minimum">
          Od {formatDate(low.from)} do {formatDate(low.to)} stawka {formatGrosze(low.rateGr)} jest niższa od
          minimalnej {formatGrosze(low.minimumGr)} (obowiązującej od {formatDate(low.minimumFrom)}, pewność: [
          {low.confidence}]).
        </Alert>
      ))}
      <Textarea
        label="Uwagi (obowiązki z porozumienia…)"
        autosize
        minRows={2}
        {...form.getInputProps('notes')}
      />
    </FormModal>
  )
}
