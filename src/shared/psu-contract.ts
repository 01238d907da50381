// The PSU channels' input and output schemas, spread into the one contract (contract.ts).
import { z } from './zod-pl'
import { recordId } from './psu-common.schema'
import {
  positionInput,
  positionRecord,
  positionTypeInput,
  positionTypeRecord,
  workplaceInput,
  workplaceListQuery,
  workplaceRecord,
} from './psu-workplaces.schema'
import {
  minimumRateInput,
  minimumRateRecord,
  porozumienieInput,
  porozumienieRecord,
} from './psu-porozumienia.schema'
import {
  assignmentInput,
  assignmentListQuery,
  assignmentRecord,
  psuEventInput,
  psuEventListQuery,
  psuEventRecord,
} from './psu-assignments.schema'
import {
  lockMonthInput,
  lockMonthResult,
  lockSheetInput,
  monthQuery,
  monthSheet,
  monthView,
  reopenSheetInput,
  saveSheetInput,
  sheetKey,
  timesheetLogEntry,
} from './psu-timesheets.schema'
import { planInput, planRecord, planYear, psuSettings } from './psu-plan.schema'

const byId = z.strictObject({ id: recordId })
const archiveInput = z.strictObject({ id: recordId, archived: z.boolean() })
const removed = z.object({ id: recordId })
const noInput = z.undefined()

export const psuContract = {
  'workplaces:list': { input: workplaceListQuery, output: z.array(workplaceRecord) },
  'workplaces:get': { input: byId, output: workplaceRecord },
  'workplaces:create': { input: workplaceInput, output: workplaceRecord },
  'workplaces:update': {
    input: z.strictObject({ id: recordId, data: workplaceInput }),
    output: workplaceRecord,
  },
  'workplaces:archive': { input: archiveInput, output: workplaceRecord },
  'workplaces:remove': { input: byId, output: removed },
  'positions:create': { input: positionInput, output: positionRecord },
  'positions:update': {
    input: z.strictObject({ id: recordId, data: positionInput }),
    output: positionRecord,
  },
  'positions:archive': { input: archiveInput, output: positionRecord },
  'positions:remove': { input: byId, output: removed },
  'positiontypes:list': { input: noInput, output: z.array(positionTypeRecord) },
  'positiontypes:create': { input: positionTypeInput, output: positionTypeRecord },
  'positiontypes:rename': {
    input: z.strictObject({ id: recordId, data: positionTypeInput }),
    output: positionTypeRecord,
  },
  'positiontypes:archive': { input: archiveInput, output: positionTypeRecord },
  'porozumienia:list': { input: noInput, output: z.array(porozumienieRecord) },
  'porozumienia:get': { input: byId, output: porozumienieRecord },
  'porozumienia:create': { input: porozumienieInput, output: porozumienieRecord },
  'porozumienia:update': {
    input: z.strictObject({ id: recordId, data: porozumienieInput }),
    output: porozumienieRecord,
  },
  'porozumienia:remove': { input: byId, output: removed },
  'minimumrates:list': { input: noInput, output: z.array(minimumRateRecord) },
  'minimumrates:save': {
    input: z.strictObject({ id: recordId.nullable(), data: minimumRateInput }),
    output: minimumRateRecord,
  },
  'minimumrates:remove': { input: byId, output: removed },
  'assignments:list': { input: assignmentListQuery, output: z.array(assignmentRecord) },
  'assignments:get': { input: byId, output: assignmentRecord },
  'assignments:create': { input: assignmentInput, output: assignmentRecord },
  'assignments:update': {
    input: z.strictObject({ id: recordId, data: assignmentInput }),
    output: assignmentRecord,
  },
  'assignments:remove': { input: byId, output: removed },
  'psuevents:list': { input: psuEventListQuery, output: z.array(psuEventRecord) },
  'psuevents:create': { input: psuEventInput, output: psuEventRecord },
  'psuevents:update': {
    input: z.strictObject({ id: recordId, data: psuEventInput }),
    output: psuEventRecord,
  },
  'psuevents:remove': { input: byId, output: removed },
  'timesheets:month': { input: monthQuery, output: monthView },
  'timesheets:get': { input: sheetKey, output: monthSheet },
  'timesheets:save': { input: saveSheetInput, output: monthSheet },
  'timesheets:lock': { input: lockSheetInput, output: monthSheet },
  'timesheets:lockmonth': { input: lockMonthInput, output: lockMonthResult },
  'timesheets:reopen': { input: reopenSheetInput, output: monthSheet },
  'timesheets:log': { input: sheetKey, output: z.array(timesheetLogEntry) },
  'psuplan:get': { input: z.strictObject({ year: planYear }), output: planRecord },
  'psuplan:save': { input: planInput, output: planRecord },
  'psusettings:get': { input: noInput, output: psuSettings },
  'psusettings:update': { input: psuSettings, output: psuSettings },
}
