// The PSU channels, each a thin call into its service.
import type { Handlers } from './handle'
import type { PsuServices } from '../psu/psu-services'

type PsuChannels = Extract<
  keyof Handlers,
  `${'workplaces' | 'positions' | 'positiontypes' | 'porozumienia' | 'minimumrates' | 'assignments' | 'psuevents' | 'timesheets' | 'psuplan' | 'psusettings'}:${string}`
>

export function psuHandlers(s: PsuServices): Pick<Handlers, PsuChannels> {
  return {
    'workplaces:list': ({ includeArchived }) => s.workplaces.list(includeArchived),
    'workplaces:get': ({ id }) => s.workplaces.get(id),
    'workplaces:create': (data) => s.workplaces.create(data),
    'workplaces:update': ({ id, data }) => s.workplaces.update(id, data),
    'workplaces:archive': ({ id, archived }) => s.workplaces.setArchived(id, archived),
    'workplaces:remove': async ({ id }) => {
      await s.workplaces.remove(id)
      return { id }
    },
    'positions:create': (data) => s.workplaces.createPosition(data),
    'positions:update': ({ id, data }) => s.workplaces.updatePosition(id, data),
    'positions:archive': ({ id, archived }) => s.workplaces.setPositionArchived(id, archived),
    'positions:remove': async ({ id }) => {
      await s.workplaces.removePosition(id)
      return { id }
    },
    'positiontypes:list': () => s.workplaces.listTypes(),
    'positiontypes:create': ({ name }) => s.workplaces.createType(name),
    'positiontypes:rename': ({ id, data }) => s.workplaces.renameType(id, data.name),
    'positiontypes:archive': ({ id, archived }) => s.workplaces.setTypeArchived(id, archived),
    'porozumienia:list': () => s.porozumienia.list(),
    'porozumienia:get': ({ id }) => s.porozumienia.get(id),
    'porozumienia:create': (data) => s.porozumienia.create(data),
    'porozumienia:update': ({ id, data }) => s.porozumienia.update(id, data),
    'porozumienia:remove': async ({ id }) => {
      await s.porozumienia.remove(id)
      return { id }
    },
    'minimumrates:list': () => s.porozumienia.listMinimumRates(),
    'minimumrates:save': ({ id, data }) => s.porozumienia.saveMinimumRate(id, data),
    'minimumrates:remove': async ({ id }) => {
      await s.porozumienia.removeMinimumRate(id)
      return { id }
    },
    'assignments:list': (query) => s.assignments.list(query),
    'assignments:get': ({ id }) => s.assignments.get(id),
    'assignments:create': (data) => s.assignments.create(data),
    'assignments:update': ({ id, data }) => s.assignments.update(id, data),
    'assignments:remove': async ({ id }) => {
      await s.assignments.remove(id)
      return { id }
    },
    'psuevents:list': (query) => s.assignments.listEvents(query),
    'psuevents:create': (data) => s.assignments.createEvent(data),
    'psuevents:update': ({ id, data }) => s.assignments.updateEvent(id, data),
    'psuevents:remove': async ({ id }) => {
      await s.assignments.removeEvent(id)
      return { id }
    },
    'timesheets:month': ({ month, order }) => s.timesheets.month(month, order),
    'timesheets:get': ({ assignmentId, month }) => s.timesheets.get(assignmentId, month),
    'timesheets:save': (input) => s.timesheets.save(input),
    'timesheets:lock': ({ assignmentId, month, by }) => s.timesheets.lock(assignmentId, month, by),
    'timesheets:lockmonth': ({ month, by }) => s.timesheets.lockMonth(month, by),
    'timesheets:reopen': ({ assignmentId, month, by, reason }) =>
      s.timesheets.reopen(assignmentId, month, by, reason),
    'timesheets:log': ({ assignmentId, month }) => s.timesheets.log(assignmentId, month),
    'psuplan:get': ({ year }) => s.plan.get(year),
    'psuplan:save': (input) => s.plan.save(input),
    'psusettings:get': () => s.plan.settings(),
    'psusettings:update': (settings) => s.plan.updateSettings(settings),
  }
}
