/**
 * `npm run backup [-- <directory>]`: an online backup of the SQLite database and the media
 * directory into one .tar.gz (default directory ./backups). Safe while the server runs.
 * MongoDB is refused with the commands to use instead. See docs/operations.md.
 */
import { loadEnv } from 'payload/node'

import { backupSqlite, storageFromEnv } from './lib/sqliteBackup'

loadEnv()

try {
  const storage = storageFromEnv()
  const archive = await backupSqlite({ storage, outDir: process.argv[2] ?? './backups' })
  console.log(`Backed up ${storage.databaseFile} and ${storage.mediaDir} to ${archive}`)
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
