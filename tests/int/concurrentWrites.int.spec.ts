import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Character } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { tagged } from '../helpers/lexical'
import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const root = path.resolve(import.meta.dirname, '../..')
const isSqlite = adapterName() === 'sqlite'

/** Runs one of the project's scripts in a second process, as an operator would. */
const runScript = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npx', ['tsx', `scripts/${script}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

/**
 * Editors, readers, the jobs runner and the operators' scripts at once (issue 11): every save
 * answers 200 and lands whole, and no SQLITE_BUSY (or any other failure) reaches an editor.
 * SQLite has one writer: saves in this process queue in src/db/oneWriterAtATime.ts, and a
 * second process waits for the lock through the busy timeout.
 */
describe(`concurrent writes (${adapterName()})`, () => {
  let payload: Payload
  let editors: StaffMember[]
  let character: Character
  const articles: Article[] = []
  const suffix = uniqueSuffix()

  beforeAll(async () => {
    payload = await testPayload()
    editors = await Promise.all(
      [1, 2, 3].map((n) =>
        createStaff({ payload, role: 'editor', suffix, label: `concurrent-${n}` }),
      ),
    )
    character = await payload.create({
      collection: 'characters',
      data: { name: `Concurrent Character ${suffix}` },
      context: testContext,
    })
    for (let n = 0; n < 6; n += 1) {
      articles.push(
        await payload.create({
          collection: 'articles',
          data: {
            title: `Concurrent ${n} ${suffix}`,
            dek: 'Dek.',
            body: doc(
              paragraph('With ', tagged(character.id, 'the character'), '.'),
            ) as unknown as Article['body'],
            _status: 'published',
          },
          context: testContext,
        }),
      )
    }
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles', 'characters'])
    await deleteStaff(payload, editors)
  })

  /** Editors saving and readers reading, round after round, until `isDone` says stop. */
  const editAndReadUntil = async (isDone: () => boolean, minimumRounds = 3) => {
    const failures: string[] = []
    let saves = 0
    for (let round = 0; round < minimumRounds || !isDone(); round += 1) {
      const writes = articles.map(async (article, index) => {
        const editor = editors[index % editors.length]
        const response = await rest({
          method: 'PATCH',
          path: `/articles/${article.id}`,
          headers: editor.headers,
          body: { dek: `Round ${round} by ${editor.user.name}.` },
        })
        saves += 1
        if (response.status !== 200) failures.push(`${response.status} ${await response.text()}`)
      })
      const reads = articles.map(async (article) => {
        const response = await rest({ method: 'GET', path: `/articles/${article.id}?depth=0` })
        if (response.status !== 200) failures.push(`read ${response.status}`)
      })
      const t0 = Date.now()
      await Promise.all([...writes, ...reads])
      if (process.env.DEBUG_ROUNDS) console.log(`round ${round} ${Date.now() - t0} ms`)
      // Room for the other process on a 2-core machine; bounded in rounds as in time.
      await new Promise((resolve) => setTimeout(resolve, 200))
      if (round > 300) break
    }
    return { failures, saves }
  }

  it('should answer every save of editors writing at once, and keep each one whole', async () => {
    const { failures, saves } = await editAndReadUntil(() => true, 5)
    expect(failures).toEqual([])
    expect(saves).toBe(articles.length * 5)
    for (const article of articles) {
      const stored = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
      expect(stored.dek).toMatch(/^Round 4 by /)
      expect(stored.characters?.map(String)).toEqual([String(character.id)])
    }
  })

  it('should keep answering saves while the jobs runner runs', async () => {
    let isRunnerDone = false
    const runner = (async () => {
      for (let n = 0; n < 5; n += 1) await payload.jobs.run({ queue: 'default' })
      isRunnerDone = true
    })()
    const { failures } = await editAndReadUntil(() => isRunnerDone)
    await runner
    expect(failures).toEqual([])
  })

  it(
    'should keep answering saves while `npm run reindex` runs in a second process',
    { timeout: 180_000 },
    async () => {
      // Give the reindex real work: every article's derived index emptied behind its back.
      for (const article of articles) {
        await payload.db.updateOne({
          collection: 'articles',
          id: article.id,
          data: {
            ...(await payload.db.findOne<Article>({
              collection: 'articles',
              where: { id: { equals: article.id } },
            })),
            characters: [],
          },
        })
      }
      let reindex: { code: number | null; output: string } | undefined
      const running = runScript('reindex').then((result) => (reindex = result))
      const { failures, saves } = await editAndReadUntil(() => reindex !== undefined)
      await running
      expect(reindex?.code, reindex?.output).toBe(0)
      expect(failures).toEqual([])
      expect(saves).toBeGreaterThan(0)
      for (const article of articles) {
        const stored = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
        // Whichever came last, the reindex or an editor's save, the index is the body's.
        expect(stored.characters?.map(String)).toEqual([String(character.id)])
      }
    },
  )

  it.runIf(isSqlite)(
    'should keep answering saves while `npm run backup` runs in a second process',
    { timeout: 180_000 },
    async () => {
      const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-concurrent-backup-'))
      try {
        let backup: { code: number | null; output: string } | undefined
        const running = runScript('backup', [outDir]).then((result) => (backup = result))
        const { failures } = await editAndReadUntil(() => backup !== undefined)
        await running
        expect(backup?.code, backup?.output).toBe(0)
        expect(failures).toEqual([])
        expect(fs.readdirSync(outDir).filter((name) => name.endsWith('.tar.gz'))).toHaveLength(1)
      } finally {
        fs.rmSync(outDir, { recursive: true, force: true })
      }
    },
  )
})
