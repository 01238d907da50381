import { useState, type ReactNode } from 'react'
import { Button, Card, Group, Loader, Stack, Title } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { notifySaved } from '../../api/client'
import { showRefusal } from '../../api/refusal'
import { useLoad } from '../../api/use-load'
import { useLeaveGuard } from '../../app/leave-guard'

interface Props<T> {
  title: string
  /** The accessible name of the form. */
  label: string
  form: UseFormReturnType<T>
  load: () => Promise<T>
  /** Stores the values and answers what was stored. */
  save: (values: T) => Promise<T>
  /** What the "Zapisano" message names. */
  savedMessage: string
  submitLabel: string
  children: ReactNode
}

/**
 * One card of the Ustawienia page: loaded into its form, saved by its button or by Enter in any field;
 * leaving the section with typed, unsaved values asks first.
 */
export function SettingsForm<T>(props: Props<T>) {
  const { title, label, form, load, save, savedMessage, submitLabel, children } = props
  const [saving, setSaving] = useState(false)
  const { data } = useLoad(label, async () => {
    const values = await load()
    form.setInitialValues(values)
    form.setValues(values)
    return values
  })
  useLeaveGuard(data !== null && form.isDirty())

  async function submit(values: T) {
    setSaving(true)
    try {
      const stored = await save(values)
      form.setInitialValues(stored)
      form.setValues(stored)
      notifySaved(savedMessage)
    } catch (error) {
      showRefusal(form, error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate aria-label={label}>
        <Stack gap="sm">
          <Title order={4}>{title}</Title>
          {data === null ? <Loader size="sm" /> : children}
          <Group justify="flex-end">
            <Button type="submit" loading={saving} disabled={data === null}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}
