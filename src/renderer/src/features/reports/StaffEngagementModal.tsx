import { useEffect, useState } from 'react'
import { Group, NumberInput, Select, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { STAFF_BASES, STAFF_BASIS_CODES } from '@shared/reports'
import {
  staffEngagementInput,
  type StaffEngagementForm,
  type StaffEngagementRecord,
} from '@shared/reports.schema'
import type { StaffRecord } from '@shared/staff.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'
import { PolishDateInput } from '../../components/PolishDateInput'
import { FormModal } from '../../components/FormModal'

interface Props {
  engagement: StaffEngagementRecord | null
  onClose: () => void
  onSaved: () => void
}

const orNull = (v: string | number) => (v === '' ? null : Number(v))

/** A staff member's engagement in the KIS (function, basis, working time, period) for the wojewoda report. */
export function StaffEngagementModal({ engagement, onClose, onSaved }: Props) {
  const [staff, setStaff] = useState<StaffRecord[]>([])
  useEffect(() => {
    unwrap(window.api.staff.list({ includeInactive: true })).then(setStaff, notifyError)
  }, [])
  const form = useForm<StaffEngagementForm>({
    mode: 'controlled',
    initialValues: engagement
      ? {
          id: engagement.id,
          staffMemberId: engagement.staffMemberId,
          kisRole: engagement.kisRole,
          basis: engagement.basis,
          fte: engagement.ftePermille === null ? null : engagement.ftePermille / 1000,
          monthlyHours: engagement.monthlyMin === null ? null : engagement.monthlyMin / 60,
          dateFrom: engagement.dateFrom,
          dateTo: engagement.dateTo ?? '',
          notes: engagement.notes,
        }
      : {
          id: null,
          staffMemberId: 0,
          kisRole: '',
          basis: 'umowa_o_prace',
          fte: 1,
          monthlyHours: null,
          dateFrom: '',
          dateTo: '',
          notes: '',
        },
    validate: schemaResolver(staffEngagementInput, { sync: true }),
  })

  async function save(values: StaffEngagementForm) {
    const saved = await unwrap(window.api.reports.staffsave(values))
    notifySaved(`${saved.staffName} — ${saved.kisRole}`)
    onSaved()
  }

  return (
    <FormModal
      form={form}
      label="Zatrudnienie w KIS"
      onClose={onClose}
      onSubmit={save}
      title={engagement ? 'Zatrudnienie w KIS' : 'Nowe zatrudnienie w KIS'}
    >
      <Select
        label="Pracownik (z listy w Ustawieniach)"
        withAsterisk
        searchable
        data-autofocus
        data={staff.map((s) => ({ value: String(s.id), label: s.fullName }))}
        value={form.values.staffMemberId ? String(form.values.staffMemberId) : null}
        onChange={(v) => form.setFieldValue('staffMemberId', v ? Number(v) : 0)}
        error={form.errors.staffMemberId}
      />
      <TextInput
        label="Funkcja w KIS"
        withAsterisk
        placeholder="np. koordynator, instruktor"
        {...form.getInputProps('kisRole')}
      />
      <Select
        label="Podstawa zatrudnienia"
        withAsterisk
        allowDeselect={false}
        data={STAFF_BASIS_CODES.map((b) => ({ value: b, label: STAFF_BASES[b] }))}
        {...form.getInputProps('basis')}
      />
      <Group grow>
        <NumberInput
          label="Wymiar etatu"
          description="np. 0,5"
          decimalSeparator=","
          min={0}
          max={1}
          step={0.25}
          value={form.values.fte ?? ''}
          onChange={(v) => form.setFieldValue('fte', orNull(v))}
          error={form.errors.fte}
        />
        <NumberInput
          label="albo godzin miesięcznie"
          decimalSeparator=","
          min={0}
          step={0.5}
          value={form.values.monthlyHours ?? ''}
          onChange={(v) => form.setFieldValue('monthlyHours', orNull(v))}
          error={form.errors.monthlyHours}
        />
      </Group>
      <Group grow>
        <PolishDateInput label="Od" withAsterisk {...form.getInputProps('dateFrom')} />
        <PolishDateInput label="Do (puste: nadal)" {...form.getInputProps('dateTo')} />
      </Group>
      <TextInput label="Uwagi" {...form.getInputProps('notes')} />
    </FormModal>
  )
}
