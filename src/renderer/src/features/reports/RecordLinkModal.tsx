import type { RecordLink } from '@shared/reports.schema'
import { ParticipantFormModal } from '../participants/ParticipantFormModal'
import { PersonViewModal } from '../participants/PersonViewModal'
import { PayoutListModal } from '../payouts/PayoutListModal'
import { TimesheetModal } from '../psu/TimesheetModal'

/** Opens the record behind a report row where it is corrected: the person, their data, a sheet, a payout list. */
export function RecordLinkModal({ link, onClose }: { link: RecordLink; onClose: () => void }) {
  switch (link.kind) {
    case 'person':
      return <PersonViewModal participantId={link.participantId} onClose={onClose} />
    case 'person-edit':
      return <ParticipantFormModal participantId={link.participantId} onClose={onClose} onSaved={onClose} />
    case 'timesheet':
      return <TimesheetModal assignmentId={link.assignmentId} month={link.month} onClose={onClose} />
    case 'payout-list':
      return <PayoutListModal listId={link.listId} onClose={onClose} onChanged={() => undefined} />
    default:
      return null
  }
}

/** Sections open through the address, as the navigation links do. */
export function openSection(section: string): void {
  window.location.hash = section
}
