// Workplaces (host units), their positions and the position-type dictionary.
// History is never deleted: anything with assignments can only be archived.
import type { Kysely } from 'kysely'
import type {
  PositionInput,
  PositionRecord,
  PositionTypeRecord,
  WorkplaceInput,
  WorkplaceRecord,
} from '@shared/psu-workplaces.schema'
import { formatDate, todayIso } from '@shared/dates'
import { comparePolish, foldForSearch, pluralPl } from '@shared/text'
import type { Database } from '../db/schema'
import { DomainError, notFound } from '../errors'
import { peakOccupancy } from './assignment-rules'
import * as repo from './workplaces.repo'
import { spansOnPosition } from './assignments.repo'

export type WorkplacesService = ReturnType<typeof createWorkplacesService>
type Db = Kysely<Database>

export function createWorkplacesService(db: Db, now: () => Date = () => new Date()) {
  const today = () => todayIso(now())

  async function positionsOf(executor: Db, workplaceIds: number[]): Promise<Map<number, PositionRecord[]>> {
    const rows = await repo.listPositions(executor, { workplaceIds }, today())
    const byWorkplace = new Map<number, PositionRecord[]>()
    for (const r of rows) {
      const list = byWorkplace.get(r.workplace_id) ?? []
      list.push(toPosition(r))
      byWorkplace.set(r.workplace_id, list)
    }
    return byWorkplace
  }

  async function load(executor: Db, id: number): Promise<WorkplaceRecord> {
    const row = await repo.findWorkplace(executor, id)
    if (!row) throw notFound(`miejsce pracy o numerze ${id}`)
    return toWorkplace(row, (await positionsOf(executor, [id])).get(id) ?? [])
  }

  async function refuseDuplicateName(executor: Db, name: string, selfId: number | null) {
    const other = await repo.findWorkplaceByKey(executor, foldForSearch(name))
    if (other && other.id !== selfId) {
      const message = `Miejsce pracy „${other.name}” już jest w spisie${other.archived ? ' (w archiwum)' : ''}.`
      throw new DomainError('CONFLICT', message, { name: message })
    }
  }

  async function loadPosition(executor: Db, id: number): Promise<PositionRecord> {
    const [row] = await repo.listPositions(executor, { id }, today())
    if (!row) throw notFound(`stanowisko o numerze ${id}`)
    return toPosition(row)
  }

  async function refuseRunning(executor: Db, positionIds: number[], what: string) {
    const running = await repo.countRunningAssignments(executor, positionIds, today())
    if (running > 0) {
      throw new DomainError(
        'CONFLICT',
        `Nie można zarchiwizować: ${what} ma ${running} ${pluralPl(running, 'trwający lub przyszły przydział', 'trwające lub przyszłe przydziały', 'trwających lub przyszłych przydziałów')}. Najpierw zakończ przydziały.`,
      )
    }
  }

  async function activeType(executor: Db, typeId: number) {
    const type = await repo.findType(executor, typeId)
    if (!type) throw notFound(`rodzaj prac o numerze ${typeId}`)
    if (type.archived) {
      const message = `Rodzaj prac „${type.name}” jest w archiwum — wybierz inny albo przywróć go w słowniku.`
      throw new DomainError('CONFLICT', message, { typeId: message })
    }
    return type
  }

  return {
    async list(includeArchived: boolean): Promise<WorkplaceRecord[]> {
      const rows = await repo.listWorkplaces(db, includeArchived)
      const positions = await positionsOf(
        db,
        rows.map((r) => r.id),
      )
      return rows
        .map((r) =>
          toWorkplace(
            r,
            (positions.get(r.id) ?? []).filter((p) => includeArchived || !p.archived),
          ),
        )
        .sort((a, b) => comparePolish(a.name, b.name))
    },

    get(id: number): Promise<WorkplaceRecord> {
      return load(db, id)
    },

    create(input: WorkplaceInput): Promise<WorkplaceRecord> {
      return db.transaction().execute(async (trx) => {
        await refuseDuplicateName(trx, input.name, null)
        const stamp = now().toISOString()
        const id = await repo.insertWorkplace(trx, {
          ...workplaceColumns(input),
          created_at: stamp,
          updated_at: stamp,
        })
        return load(trx, id)
      })
    },

    update(id: number, input: WorkplaceInput): Promise<WorkplaceRecord> {
      return db.transaction().execute(async (trx) => {
        await load(trx, id)
        await refuseDuplicateName(trx, input.name, id)
        await repo.updateWorkplace(trx, id, { ...workplaceColumns(input), updated_at: now().toISOString() })
        return load(trx, id)
      })
    },

    setArchived(id: number, archived: boolean): Promise<WorkplaceRecord> {
      return db.transaction().execute(async (trx) => {
        const workplace = await load(trx, id)
        if (archived) {
          await refuseRunning(
            trx,
            workplace.positions.map((p) => p.id),
            `miejsce „${workplace.name}”`,
          )
        }
        await repo.updateWorkplace(trx, id, { archived: archived ? 1 : 0, updated_at: now().toISOString() })
        return load(trx, id)
      })
    },

    /** Only a workplace without history: its positions (also without history) go with it. */
    remove(id: number): Promise<void> {
      return db.transaction().execute(async (trx) => {
        const workplace = await load(trx, id)
        const positionIds = await repo.positionIdsOfWorkplace(trx, id)
        const history = await repo.countAssignmentsOnPositions(trx, positionIds)
        const planned = await repo.countPlanItems(trx, { workplaceId: id })
        if (history > 0 || planned > 0) {
          throw new DomainError(
            'CONFLICT',
            `Nie można usunąć miejsca „${workplace.name}”: ma historię (${history > 0 ? `przydziały: ${history}` : `pozycje planu potrzeb: ${planned}`}). Zarchiwizuj je zamiast usuwać.`,
          )
        }
        await repo.deletePositions(trx, positionIds)
        await repo.deleteWorkplace(trx, id)
      })
    },

    getPosition(id: number): Promise<PositionRecord> {
      return loadPosition(db, id)
    },

    createPosition(input: PositionInput): Promise<PositionRecord> {
      return db.transaction().execute(async (trx) => {
        const workplace = await load(trx, input.workplaceId)
        if (workplace.archived) {
          throw new DomainError(
            'CONFLICT',
            `Miejsce „${workplace.name}” jest w archiwum — nie można dodać stanowiska.`,
          )
        }
        await activeType(trx, input.typeId)
        const stamp = now().toISOString()
        const id = await repo.insertPosition(trx, {
          workplace_id: input.workplaceId,
          type_id: input.typeId,
          places: input.places,
          description: input.description,
          created_at: stamp,
          updated_at: stamp,
        })
        return loadPosition(trx, id)
      })
    },

    updatePosition(id: number, input: PositionInput): Promise<PositionRecord> {
      return db.transaction().execute(async (trx) => {
        const current = await loadPosition(trx, id)
        if (
          current.assignments > 0 &&
          (input.workplaceId !== current.workplaceId || input.typeId !== current.typeId)
        ) {
          throw new DomainError(
            'CONFLICT',
            'Stanowisko z historią przydziałów nie może zmienić miejsca ani rodzaju prac — zarchiwizuj je i utwórz nowe.',
          )
        }
        if (input.typeId !== current.typeId) await activeType(trx, input.typeId)
        if (input.workplaceId !== current.workplaceId) await load(trx, input.workplaceId)
        const peak = peakOccupancy(await spansOnPosition(trx, id))
        if (peak && peak.count > input.places) {
          const message = `Dnia ${formatDate(peak.date)} na stanowisku ${pluralPl(peak.count, 'pracowała', 'pracowały', 'pracowało')} ${peak.count} ${pluralPl(peak.count, 'osoba', 'osoby', 'osób')} — liczba miejsc nie może być mniejsza. Aby ją zmniejszyć na przyszłość, utwórz nowe stanowisko.`
          throw new DomainError('CONFLICT', message, { places: message })
        }
        await repo.updatePosition(trx, id, {
          workplace_id: input.workplaceId,
          type_id: input.typeId,
          places: input.places,
          description: input.description,
          updated_at: now().toISOString(),
        })
        return loadPosition(trx, id)
      })
    },

    setPositionArchived(id: number, archived: boolean): Promise<PositionRecord> {
      return db.transaction().execute(async (trx) => {
        const position = await loadPosition(trx, id)
        if (archived) await refuseRunning(trx, [id], `stanowisko „${position.typeName}”`)
        await repo.updatePosition(trx, id, { archived: archived ? 1 : 0, updated_at: now().toISOString() })
        return loadPosition(trx, id)
      })
    },

    removePosition(id: number): Promise<void> {
      return db.transaction().execute(async (trx) => {
        const position = await loadPosition(trx, id)
        if (position.assignments > 0) {
          throw new DomainError(
            'CONFLICT',
            `Nie można usunąć stanowiska „${position.typeName}”: ma ${position.assignments} ${pluralPl(position.assignments, 'przydział', 'przydziały', 'przydziałów')} w historii. Zarchiwizuj je zamiast usuwać.`,
          )
        }
        await repo.deletePositions(trx, [id])
      })
    },

    async listTypes(): Promise<PositionTypeRecord[]> {
      const rows = await repo.listTypes(db)
      return rows
        .map((r) => ({
          id: r.id,
          name: r.name,
          archived: r.archived === 1,
          positions: Number(r.positions),
        }))
        .sort((a, b) => Number(a.archived) - Number(b.archived) || comparePolish(a.name, b.name))
    },

    createType(name: string): Promise<PositionTypeRecord> {
      return db.transaction().execute(async (trx) => {
        const existing = await repo.findTypeByKey(trx, foldForSearch(name))
        if (existing) {
          const message = `Rodzaj prac „${existing.name}” już jest w słowniku${existing.archived ? ' (w archiwum)' : ''}.`
          throw new DomainError('CONFLICT', message, { name: message })
        }
        const id = await repo.insertType(trx, name, foldForSearch(name))
        return { id, name, archived: false, positions: 0 }
      })
    },

    renameType(id: number, name: string): Promise<PositionTypeRecord> {
      return db.transaction().execute(async (trx) => {
        if (!(await repo.findType(trx, id))) throw notFound(`rodzaj prac o numerze ${id}`)
        const existing = await repo.findTypeByKey(trx, foldForSearch(name))
        if (existing && existing.id !== id) {
          const message = `Rodzaj prac „${existing.name}” już jest w słowniku.`
          throw new DomainError('CONFLICT', message, { name: message })
        }
        await repo.updateType(trx, id, { name, name_key: foldForSearch(name) })
        const row = (await repo.listTypes(trx)).find((t) => t.id === id)!
        return { id, name: row.name, archived: row.archived === 1, positions: Number(row.positions) }
      })
    },

    setTypeArchived(id: number, archived: boolean): Promise<PositionTypeRecord> {
      return db.transaction().execute(async (trx) => {
        if (!(await repo.findType(trx, id))) throw notFound(`rodzaj prac o numerze ${id}`)
        await repo.updateType(trx, id, { archived: archived ? 1 : 0 })
        const row = (await repo.listTypes(trx)).find((t) => t.id === id)!
        return { id, name: row.name, archived: row.archived === 1, positions: Number(row.positions) }
      })
    },
  }
}

function workplaceColumns(input: WorkplaceInput) {
  return {
    name: input.name,
    name_key: foldForSearch(input.name),
    address: input.address,
    contact: input.contact,
    supervisor_name: input.supervisorName,
    supervisor_role: input.supervisorRole,
    notes: input.notes,
  }
}

function toWorkplace(
  row: NonNullable<Awaited<ReturnType<typeof repo.findWorkplace>>>,
  positions: PositionRecord[],
): WorkplaceRecord {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    contact: row.contact,
    supervisorName: row.supervisorName,
    supervisorRole: row.supervisorRole,
    notes: row.notes,
    archived: row.archived === 1,
    positions,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

function toPosition(r: Awaited<ReturnType<typeof repo.listPositions>>[number]): PositionRecord {
  return {
    id: r.id,
    workplaceId: r.workplace_id,
    typeId: r.type_id,
    typeName: r.type_name,
    places: r.places,
    description: r.description,
    archived: r.archived === 1,
    occupied: r.occupied,
    assignments: r.assignments,
  }
}
