import { Code, List, Paper, Stack, Text, Title } from '@mantine/core'

/** Plain-language rules for the office's habit of copying the database file by hand. */
export function CopyByHandGuide({ dbPath }: { dbPath: string | null }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>Jak samodzielnie skopiować plik bazy</Title>
        <Text size="sm">
          Wszystkie dane są w jednym pliku{dbPath ? ' ' : ''}
          {dbPath && <Code>{dbPath}</Code>}. Można go skopiować na pendrive lub dysk sieciowy jak każdy inny
          plik:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            Kopiowanie jest bezpieczne, gdy program jest zamknięty albo otwarty, ale nic w nim w tej chwili
            nie zapisujesz (żaden formularz nie jest właśnie zapisywany).
          </List.Item>
          <List.Item>Nie kopiuj pliku w trakcie zapisywania danych — taka kopia może być niepełna.</List.Item>
          <List.Item>
            Jeśli obok pliku bazy leży plik o tej samej nazwie zakończony na <Code>-journal</Code>, zapis
            właśnie trwa albo został przerwany: poczekaj chwilę albo zamknij program i dopiero wtedy kopiuj.
          </List.Item>
          <List.Item>
            Przycisk „Utwórz kopię teraz” jest zawsze bezpieczny: program sam robi kopię w trakcie pracy i
            sprawdza, czy da się z niej odtworzyć dane.
          </List.Item>
        </List>
      </Stack>
    </Paper>
  )
}
