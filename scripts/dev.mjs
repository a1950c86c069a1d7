/**
 * `npm run dev`: migrate and seed an empty database, print the demo login, then run
 * `next dev`. Telemetry is switched off before anything from Next starts.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

const seeded = spawnSync('npx', ['tsx', 'scripts/seed.ts', '--if-empty'], {
  env,
  stdio: ['inherit', 'pipe', 'inherit'],
  encoding: 'utf8',
})
process.stdout.write(seeded.stdout ?? '')
if (seeded.status !== 0) {
  console.error('Seeding failed; see the error above.')
  process.exit(seeded.status ?? 1)
}
// A freshly seeded database must not be shadowed by pages cached from an earlier one.
if (seeded.stdout?.includes('Seeded the demo content')) {
  for (const dir of ['.next/cache', '.next/dev/cache'])
    fs.rmSync(dir, { recursive: true, force: true })
}

const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
