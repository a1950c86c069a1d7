/**
 * `npm run restore -- <backup.tar.gz>`: replace the SQLite database and the media directory
 * with a backup made by `npm run backup`. Stop the server first. The replaced files are kept
 * as `*.before-restore-<time>`. MongoDB is refused. See docs/operations.md.
 */
import { loadEnv } from 'payload/node'

import { restoreSqlite, storageFromEnv } from './lib/sqliteBackup'

loadEnv()

const archive = process.argv[2]
if (!archive) {
  console.error('Usage: npm run restore -- <backup.tar.gz>')
  process.exit(1)
}

try {
  const storage = storageFromEnv()
  await restoreSqlite({ storage, archive })
  console.log(`Restored ${storage.databaseFile} and ${storage.mediaDir} from ${archive}`)
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
