// People put in the register through the app's own bridge, as the "Dodaj uczestnika" form would.
import type { Page } from '@playwright/test'

export async function registerPerson(
  page: Page,
  person: { firstName: string; lastName: string; pesel: string; admissionDate?: string },
): Promise<number> {
  const result = await page.evaluate(
    ({ firstName, lastName, pesel, admissionDate }) =>
      window.api.participants.create({
        firstName,
        lastName,
        identityKind: 'pesel',
        pesel,
        idDocument: '',
        birthDate: '',
        sex: '',
        address: '',
        phone: '',
        email: '',
        admissionDate,
        targetGroups: ['dlugotrwale_bezrobotni'],
        otherGroupReason: '',
        exclusions: [],
        therapyCompleted: false,
        notes: '',
        status: 'aktywny',
      }),
    { admissionDate: '2026-01-05', ...person },
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.data.id
}
