import { useState, type ReactNode } from 'react'
import { Button, Group, Loader, Stack, type ModalProps } from '@mantine/core'
import { notifyProblem } from '../api/client'
import { showRefusal } from '../api/refusal'
import { AppModal } from './AppModal'
import { confirmDiscard } from './confirm'

/** What FormModal needs of a Mantine form (`useForm`): dirty tracking, validation, refusal errors. */
export interface GuardedForm<T> {
  isDirty: () => boolean
  resetDirty: () => void
  validate: () => { hasErrors: boolean }
  getValues: () => T
  setErrors: (errors: Record<string, string>) => void
}

interface Props<T> extends Omit<ModalProps, 'opened' | 'onClose' | 'onSubmit' | 'children'> {
  form: GuardedForm<T>
  /** Further forms saved with the main one (an aneks's date and reason beside the kontrakt's terms). */
  alsoForms?: GuardedForm<unknown>[]
  /** The accessible name of the form. */
  label: string
  onClose: () => void
  /** Saves the values; a refusal thrown here puts main's field messages on the form and shows the reason. */
  onSubmit: (values: T) => Promise<void>
  submitLabel?: string
  submitColor?: string
  /** Buttons on the left of the footer (Usuń, Archiwizuj, Podgląd wydruku…). */
  extraActions?: ReactNode
  /** The record is still on its way: a spinner instead of a form that would show defaults. */
  loading?: boolean
  children: ReactNode
}

/**
 * One form dialog: a close, Esc or "Anuluj" on a form with typed changes asks first ("Masz niezapisane
 * zmiany…"), Enter in a field saves, the save button shows progress, and a refused save keeps every
 * typed value with main's messages under the fields.
 */
export function FormModal<T>({
  form,
  alsoForms = [],
  label,
  onClose,
  onSubmit,
  submitLabel = 'Zapisz',
  submitColor,
  extraActions,
  loading = false,
  children,
  ...modal
}: Props<T>) {
  const [saving, setSaving] = useState(false)
  const forms: GuardedForm<unknown>[] = [form as GuardedForm<unknown>, ...alsoForms]

  function requestClose() {
    if (saving) return
    if (forms.some((f) => f.isDirty())) confirmDiscard(onClose)
    else onClose()
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // React bubbles a nested dialog's submit through its portal up to this form: not ours to save.
    if (event.target !== event.currentTarget) return
    event.stopPropagation()
    if (saving) return
    const badDate = event.currentTarget.querySelector<HTMLElement>('[data-invalid-date]')
    if (badDate) {
      badDate.scrollIntoView({ block: 'center' })
      notifyProblem('Popraw datę, której nie ma w kalendarzu — zapis wstrzymany.')
      return
    }
    // Every form validates, so all messages show at once.
    const results = forms.map((f) => f.validate())
    if (results.some((r) => r.hasErrors)) return
    setSaving(true)
    try {
      await onSubmit(form.getValues())
      forms.forEach((f) => f.resetDirty())
    } catch (error) {
      showRefusal(forms, error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <AppModal opened onClose={requestClose} {...modal}>
      {loading ? (
        <Group justify="center" p="xl">
          <Loader />
        </Group>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
          <Stack gap="sm">
            {children}
            <ModalFooter
              onCancel={requestClose}
              submitLabel={submitLabel}
              submitColor={submitColor}
              saving={saving}
              extraActions={extraActions}
            />
          </Stack>
        </form>
      )}
    </AppModal>
  )
}

/** The footer of every dialog that saves: extra actions on the left, "Anuluj" and the save on the right. */
export function ModalFooter({
  onCancel,
  submitLabel = 'Zapisz',
  submitColor,
  saving = false,
  disabled = false,
  onSubmit,
  extraActions,
  cancelLabel = 'Anuluj',
}: {
  onCancel: () => void
  submitLabel?: string
  submitColor?: string
  saving?: boolean
  disabled?: boolean
  /** Without it the save button submits the surrounding form. */
  onSubmit?: () => void
  extraActions?: ReactNode
  cancelLabel?: string
}) {
  return (
    <Group justify="space-between" mt="xs" wrap="nowrap">
      <Group gap="xs">{extraActions}</Group>
      <Group gap="xs" wrap="nowrap">
        <Button variant="default" onClick={onCancel} disabled={saving}>
          {cancelLabel}
        </Button>
        <Button
          type={onSubmit ? 'button' : 'submit'}
          onClick={onSubmit}
          color={submitColor}
          loading={saving}
          disabled={disabled}
        >
          {submitLabel}
        </Button>
      </Group>
    </Group>
  )
}
