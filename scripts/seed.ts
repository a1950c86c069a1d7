/**
 * `npm run seed`: load the demo newsroom into an empty database.
 * `--if-empty` is the quiet form `npm run dev` uses on every start.
 */
import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

loadEnv()

const isQuiet = process.argv.includes('--if-empty')
const isProduction = process.env.NODE_ENV === 'production'

const { default: config } = await import('../payload.config')
const { seed } = await import('../src/seed')
const { DEMO_EDITOR } = await import('../src/seed/demoEditor')

const payload = await getPayload({ config })
const started = Date.now()
const result = await seed({
  payload,
  shouldCreateDemoEditor: !isProduction,
  log: (line) => console.log(`  seeded ${line}`),
})

if (result.isSeeded) {
  console.log(`Seeded the demo content in ${Date.now() - started} ms.`)
} else if (!isQuiet) {
  console.log(`Nothing seeded: ${result.reason}.`)
}

if (!isProduction) {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: DEMO_EDITOR.email } },
  })
  if (totalDocs > 0) {
    console.log(
      `\n  Demo editor login (development only): ${DEMO_EDITOR.email} / ${DEMO_EDITOR.password}\n`,
    )
  }
}

await payload.destroy()
process.exit(0)
