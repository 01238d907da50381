import 'dayjs/locale/pl'
import type { ReactNode } from 'react'
import { createTheme, MantineProvider, Select } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'

const theme = createTheme({
  fontFamily: '"Noto Sans", sans-serif',
  headings: { fontFamily: '"Noto Sans", sans-serif' },
  primaryColor: 'teal',
  defaultRadius: 'sm',
  components: {
    // Typing in a searchable select marks the first match, so Enter picks the only (or best) one.
    Select: Select.extend({ defaultProps: { selectFirstOptionOnChange: true } }),
  },
})

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'pl', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: 'Tak', cancel: 'Anuluj' }}>
          {/* Over the navigation column, where dialogs do not reach: never over a dialog's buttons. */}
          <Notifications position="bottom-left" containerWidth={200} autoClose={5000} limit={3} />
          {children}
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  )
}
