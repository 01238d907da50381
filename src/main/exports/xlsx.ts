// XLSX files are made on the XLSX worker (xlsx.worker.ts), off the main thread.
import { workerClient } from '../db/worker-client'
import type { ExportTable } from './table'

const xlsx = workerClient<readonly ExportTable[], Uint8Array>('xlsx.worker', '../exports')

export function tablesToXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  return xlsx.call(tables)
}
