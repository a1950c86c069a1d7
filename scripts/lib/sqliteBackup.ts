/**
 * Backup and restore for the SQLite database and the media directory, used by
 * `npm run backup` and `npm run restore`. A backup is one `.tar.gz` holding `cms.db` (a
 * consistent copy made with SQLite's `VACUUM INTO` while the server keeps running) and
 * `media/` (the uploaded files). See docs/operations.md.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { resolveDatabaseUri } from '../../src/db/resolveDatabaseUri'

const DATABASE_NAME = 'cms.db'
const MEDIA_NAME = 'media'
const SQLITE_HEADER = 'SQLite format 3\0'

/** Where the SQLite file and the uploads live, from DATABASE_URI and MEDIA_DIR. */
export type Storage = { databaseFile: string; mediaDir: string }

/**
 * Reads the storage locations from the environment. MongoDB is refused with the tools to use
 * instead, because a file copy of a live MongoDB server is not a backup.
 */
export const storageFromEnv = (env: NodeJS.ProcessEnv = process.env): Storage => {
  const target = resolveDatabaseUri(env.DATABASE_URI)
  if (target.kind === 'mongodb') {
    throw new Error(
      'DATABASE_URI points at MongoDB: `npm run backup` and `npm run restore` handle SQLite only. ' +
        'Use `mongodump --uri "$DATABASE_URI" --archive=cms.archive --gzip` and ' +
        '`mongorestore --uri "$DATABASE_URI" --archive=cms.archive --gzip --drop`, and copy ' +
        'MEDIA_DIR yourself (docs/operations.md).',
    )
  }
  const filePath = target.url.replace(/^file:/, '')
  if (filePath === ':memory:' || filePath.startsWith('//')) {
    throw new Error(`Cannot back up "${target.url}": it is not a database file on this machine.`)
  }
  return {
    databaseFile: path.resolve(filePath),
    mediaDir: path.resolve(env.MEDIA_DIR || './media'),
  }
}

const tar = (args: string[]): void => {
  const result = spawnSync('tar', args, { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`tar ${args[0]} failed: ${result.stderr || result.error}`)
}

const withScratchDir = async <T>(work: (dir: string) => Promise<T>): Promise<T> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-'))
  try {
    return await work(dir)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const timestamp = (): string => new Date().toISOString().replace(/[:.]/g, '-')

type BackupArgs = { storage: Storage; outDir: string }

/** Writes `<outDir>/cms-backup-<time>.tar.gz` and returns its path. */
export const backupSqlite = async ({ storage, outDir }: BackupArgs): Promise<string> => {
  if (!fs.existsSync(storage.databaseFile)) {
    throw new Error(`No database at ${storage.databaseFile}: nothing to back up.`)
  }
  fs.mkdirSync(outDir, { recursive: true })
  const archive = path.resolve(outDir, `cms-backup-${timestamp()}.tar.gz`)
  return withScratchDir(async (dir) => {
    const copy = path.join(dir, DATABASE_NAME)
    // VACUUM INTO reads in one transaction, so the copy is consistent even while the server
    // writes; a plain file copy of a WAL database can miss or tear recent commits.
    const client = createClient({ url: `file:${storage.databaseFile}` })
    try {
      await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
    } finally {
      client.close()
    }
    const media = path.join(dir, MEDIA_NAME)
    if (fs.existsSync(storage.mediaDir)) fs.cpSync(storage.mediaDir, media, { recursive: true })
    else fs.mkdirSync(media)
    tar(['-czf', archive, '-C', dir, DATABASE_NAME, MEDIA_NAME])
    return archive
  })
}

const isSqliteFile = (file: string): boolean => {
  if (!fs.existsSync(file)) return false
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, header, 0, header.length, 0)
  } finally {
    fs.closeSync(fd)
  }
  return header.toString('latin1') === SQLITE_HEADER
}

type RestoreArgs = { storage: Storage; archive: string }

/**
 * Replaces the database file and the media directory with the archive's. Run it with the
 * server stopped: a running server keeps the old file open. The current database and media
 * are kept next to them as `*.before-restore-<time>` so a mistaken restore can be undone.
 */
export const restoreSqlite = async ({ storage, archive }: RestoreArgs): Promise<void> => {
  if (!fs.existsSync(archive)) throw new Error(`No backup at ${archive}.`)
  await withScratchDir(async (dir) => {
    tar(['-xzf', path.resolve(archive), '-C', dir])
    const database = path.join(dir, DATABASE_NAME)
    if (!isSqliteFile(database)) {
      throw new Error(`${archive} holds no ${DATABASE_NAME} SQLite database: is it a backup?`)
    }
    const suffix = `.before-restore-${timestamp()}`
    fs.mkdirSync(path.dirname(storage.databaseFile), { recursive: true })
    // The WAL and shared-memory files belong to the old database (SQLite would replay that WAL
    // onto the restored file), so they move aside with it.
    for (const part of ['', '-wal', '-shm']) {
      const file = `${storage.databaseFile}${part}`
      if (fs.existsSync(file)) fs.renameSync(file, `${storage.databaseFile}${suffix}${part}`)
    }
    fs.copyFileSync(database, storage.databaseFile)

    if (fs.existsSync(storage.mediaDir))
      fs.renameSync(storage.mediaDir, `${storage.mediaDir}${suffix}`)
    fs.cpSync(path.join(dir, MEDIA_NAME), storage.mediaDir, { recursive: true })
  })
}
