// When keeping a person's records ends. Periods run in whole calendar years from 1 January of the
// year after the records closed (the usual rule of an office's instrukcja kancelaryjna); a person is
// due for anonymisation once every class they have records in has run out.
import {
  RETENTION_CLASSES,
  type RetentionClass,
  type RetentionDue,
  type RetentionSettings,
} from '@shared/privacy.schema'

export function keptUntil(recordsEnd: string, years: number): string {
  return `${Number(recordsEnd.slice(0, 4)) + 1 + years}-01-01`
}

export function retentionDue(
  person: {
    participantId: number
    lastName: string
    firstName: string
    ends: Partial<Record<RetentionClass, string>>
  },
  periods: RetentionSettings,
  today: string,
): RetentionDue | null {
  const classes = RETENTION_CLASSES.flatMap((recordClass) => {
    const recordsEnd = person.ends[recordClass]
    return recordsEnd
      ? [{ recordClass, recordsEnd, keptUntil: keptUntil(recordsEnd, periods[recordClass].years) }]
      : []
  })
  if (classes.length === 0) return null
  const endedOn = classes.map((c) => c.keptUntil).reduce((a, b) => (a > b ? a : b))
  if (endedOn > today) return null
  return {
    participantId: person.participantId,
    lastName: person.lastName,
    firstName: person.firstName,
    endedOn,
    classes,
  }
}
