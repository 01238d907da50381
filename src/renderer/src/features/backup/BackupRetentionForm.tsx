import { useEffect, useState } from 'react'
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { backupRetention, DEFAULT_BACKUP_RETENTION, type BackupRetention } from '@shared/backup.schema'
import type { Settings } from '@shared/settings.schema'
import { notifyError, notifySaved, unwrap } from '../../api/client'

/** How many automatic backups to keep; stored with the other settings. */
export function BackupRetentionForm() {
  const [settings, setSettings] = useState<Settings | null>(null)
  const form = useForm<BackupRetention>({
    initialValues: DEFAULT_BACKUP_RETENTION,
    validate: schemaResolver(backupRetention, { sync: true }),
  })
  const { setValues, resetDirty } = form

  useEffect(() => {
    unwrap(window.api.settings.get()).then((s) => {
      setSettings(s)
      setValues(s.backupRetention)
      resetDirty(s.backupRetention)
    }, notifyError)
  }, [setValues, resetDirty])

  async function save(values: BackupRetention) {
    if (!settings) return
    try {
      const saved = await unwrap(window.api.settings.update({ ...settings, backupRetention: values }))
      setSettings(saved)
      resetDirty(saved.backupRetention)
      notifySaved('Zapisano liczbę zachowywanych kopii automatycznych.')
    } catch (error) {
      notifyError(error)
    }
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit((values) => void save(values))}>
        <Stack gap="xs">
          <Title order={4}>Kopie automatyczne</Title>
          <Text size="sm">
            Program sam robi sprawdzoną kopię przy uruchomieniu i przy zamknięciu (najwyżej raz dziennie) oraz
            przed każdą aktualizacją bazy. Z kopii automatycznych zachowuje najnowszą z każdego z ostatnich
            dni, tygodni i miesięcy; kopie ręczne zostają, dopóki ich nie usuniesz.
          </Text>
          <Group align="end">
            <NumberInput label="Dziennych" min={0} max={120} w={130} {...form.getInputProps('daily')} />
            <NumberInput label="Tygodniowych" min={0} max={120} w={130} {...form.getInputProps('weekly')} />
            <NumberInput label="Miesięcznych" min={0} max={120} w={130} {...form.getInputProps('monthly')} />
            <Button type="submit" variant="default" disabled={!settings || !form.isDirty()}>
              Zapisz
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
