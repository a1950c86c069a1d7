import fs from 'node:fs'
import path from 'node:path'

/** The build and cache directory of the server under test (`next start` in the repo root). */
export const NEXT_DIR = path.resolve(import.meta.dirname, '../../.next')

export type DiskUsage = { files: number; bytes: number }

/** Files and bytes under a directory, counted the way `du` would see them grow. */
export const diskUsage = (dir: string = NEXT_DIR): DiskUsage => {
  const usage = { files: 0, bytes: 0 }
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        usage.files += 1
        usage.bytes += fs.statSync(full).size
      }
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return usage
}
