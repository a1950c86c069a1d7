import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')

/** Runs `npm run backup` / `npm run restore`'s script as a separate process, as a user would. */
const runScript = (
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string> = {},
) =>
  spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })

describe(`backup and restore (${adapterName()})`, () => {
  let payload: Payload
  let scratch: string
  const suffix = uniqueSuffix()

  beforeAll(async () => {
    payload = await testPayload()
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-test-'))
  })

  afterAll(async () => {
    fs.rmSync(scratch, { recursive: true, force: true })
    await payload.delete({
      collection: 'shows',
      where: { title: { like: suffix } },
      context: testContext,
    })
  })

  it.runIf(adapterName() === 'sqlite')(
    'should restore the data and media of a backup taken while the server runs',
    async () => {
      const mediaDir = process.env.MEDIA_DIR!
      const marker = `backup-marker-${suffix}.txt`
      fs.mkdirSync(mediaDir, { recursive: true })
      fs.writeFileSync(path.join(mediaDir, marker), 'before')
      const show = await payload.create({
        collection: 'shows',
        data: { title: `Before backup ${suffix}` },
        context: testContext,
      })

      // Online: this process keeps the database open (WAL mode) while the backup runs.
      const backup = runScript('backup', [path.join(scratch, 'out')])
      expect(backup.stderr).toBe('')
      expect(backup.status).toBe(0)
      const archive = fs.readdirSync(path.join(scratch, 'out')).find((f) => f.endsWith('.tar.gz'))
      expect(archive).toBeTruthy()

      await payload.update({
        collection: 'shows',
        id: show.id,
        data: { title: `After backup ${suffix}` },
        context: testContext,
      })
      fs.rmSync(path.join(mediaDir, marker))

      // Restore over an existing database and media directory, which are kept aside.
      const target = path.join(scratch, 'restored')
      fs.mkdirSync(path.join(target, 'media'), { recursive: true })
      fs.writeFileSync(path.join(target, 'cms.db'), 'not the backup')
      const restore = runScript('restore', [path.join(scratch, 'out', archive!)], {
        DATABASE_URI: `file:${path.join(target, 'cms.db')}`,
        MEDIA_DIR: path.join(target, 'media'),
      })
      expect(restore.stderr).toBe('')
      expect(restore.status).toBe(0)

      const client = createClient({ url: `file:${path.join(target, 'cms.db')}` })
      try {
        const { rows } = await client.execute({
          sql: 'SELECT title FROM shows WHERE id = ?',
          args: [show.id],
        })
        expect(rows[0]?.title).toBe(`Before backup ${suffix}`)
      } finally {
        client.close()
      }
      expect(fs.readFileSync(path.join(target, 'media', marker), 'utf8')).toBe('before')
      const keptAside = fs.readdirSync(target).filter((f) => f.includes('.before-restore-'))
      expect(keptAside.sort()).toEqual([
        expect.stringMatching(/^cms\.db\.before-restore-/),
        expect.stringMatching(/^media\.before-restore-/),
      ])
    },
  )

  it.runIf(adapterName() === 'sqlite')('should refuse to restore a file that is no backup', () => {
    const bogus = path.join(scratch, 'bogus.tar.gz')
    fs.mkdirSync(path.join(scratch, 'bogus'), { recursive: true })
    fs.writeFileSync(path.join(scratch, 'bogus', 'cms.db'), 'plain text')
    spawnSync('tar', ['-czf', bogus, '-C', path.join(scratch, 'bogus'), 'cms.db'])
    const target = path.join(scratch, 'untouched.db')
    fs.writeFileSync(target, 'keep me')
    const restore = runScript('restore', [bogus], { DATABASE_URI: `file:${target}` })
    expect(restore.status).toBe(1)
    expect(restore.stderr).toContain('holds no cms.db SQLite database')
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me')
  })

  it.runIf(adapterName() === 'mongodb')(
    'should refuse to back up or restore MongoDB, pointing at mongodump and mongorestore',
    () => {
      const backup = runScript('backup', [path.join(scratch, 'out')])
      expect(backup.status).toBe(1)
      expect(backup.stderr).toContain('mongodump')
      const restore = runScript('restore', [path.join(scratch, 'any.tar.gz')])
      expect(restore.status).toBe(1)
      expect(restore.stderr).toContain('mongorestore')
      expect(fs.existsSync(path.join(scratch, 'out'))).toBe(false)
    },
  )
})
