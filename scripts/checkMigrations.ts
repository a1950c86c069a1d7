/**
 * `npm run migrate:check`: fail when the collections describe a SQLite schema that the
 * committed migrations do not create. Fix it with `npm run migrate:create -- <name>`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-check-'))
process.env.DATABASE_URI = `file:${path.join(scratch, 'check.db')}`
process.env.PAYLOAD_MIGRATING = 'true'

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}
const db = payload.db as unknown as {
  migrationDir: string
  schema: unknown
  requireDrizzleKit: () => DrizzleKit
}

const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
const latest = fs
  .readdirSync(db.migrationDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .at(-1)

let exitCode = 0
if (!latest) {
  console.error('No migration snapshot found in src/migrations. Run `npm run migrate:create`.')
  exitCode = 1
} else {
  const before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
  const after = await generateDrizzleJson(db.schema)
  const pending = await generateMigration(before, after)
  if (pending.length > 0) {
    console.error(
      `The collections and the migrations disagree (${pending.length} statements missing since ${latest}):`,
    )
    for (const statement of pending) console.error(`  ${statement.trim()}`)
    console.error('Run `npm run migrate:create -- <name>` and commit the result.')
    exitCode = 1
  } else {
    console.log(`Migrations match the collections (latest snapshot: ${latest}).`)
  }
}

await payload.destroy()
fs.rmSync(scratch, { recursive: true, force: true })
process.exit(exitCode)
