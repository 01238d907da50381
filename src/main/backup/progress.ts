// Progress of the one long operation running at a time (copy, restore, export), polled by the screen.
import type { BackupProgress } from '@shared/backup.schema'
import type { CopyProgress } from '../db/sqlite-files'
import { perRuntime } from './per-runtime'

export interface ProgressTracker {
  current(): BackupProgress
  /** Runs `task`, reporting its steps as a share of the range [from, to] percent. */
  run<T>(
    operation: NonNullable<BackupProgress>['operation'],
    task: (step: StepReporter) => Promise<T>,
  ): Promise<T>
}

export type StepReporter = (from: number, to: number) => CopyProgress

export function createProgressTracker(): ProgressTracker {
  let current: BackupProgress = null
  return {
    current: () => current,
    async run(operation, task) {
      current = { operation, percent: 0 }
      const step: StepReporter = (from, to) => (done, total) => {
        const share = total > 0 ? done / total : 1
        current = { operation, percent: Math.round((from + (to - from) * share) * 10) / 10 }
      }
      try {
        return await task(step)
      } finally {
        current = null
      }
    },
  }
}

export const progressFor = perRuntime(createProgressTracker)
