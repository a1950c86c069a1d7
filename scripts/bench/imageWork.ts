/**
 * `npx tsx scripts/bench/imageWork.ts [--rounds 2]
 *  [--concurrency N]`
 *
 * A/B of the image-work queue (src/collections/Media/boundedSharp.ts) in one process, on a
 * throwaway SQLite database and media directory: six 24-megapixel photos uploaded at once
 * through the Local API, with logins run one after another until they are stored, first with
 * the queue as configured, then with it opened to six (as if unbounded), alternating. Prints
 * the time, the logins' median and slowest latency and the peak RSS of each round; asserts
 * nothing. Memory freed by one round is not all returned to the system before the next, so
 * for comparable peak RSS run one `--concurrency` per process.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { noisyJpeg } from '../lib/noisyJpeg.mjs'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-image-work-'))
process.env.DATABASE_URI = `file:${path.join(tmp, 'bench.db')}`
process.env.MEDIA_DIR = path.join(tmp, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-image-work'

const argv = process.argv.slice(2)
const option = (name: string) =>
  argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : undefined
const rounds = option('rounds') ?? 2
const only = option('concurrency')

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { imageWork } = await import('../../src/collections/Media/boundedSharp')
const payload = await getPayload({ config })

const peakRss = () =>
  Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]) / 1024
const resetPeakRss = () => fs.writeFileSync('/proc/self/clear_refs', '5')

const credentials = { email: 'bench@example.com', password: 'correct-horse-battery' }
await payload.create({
  collection: 'users',
  data: { ...credentials, name: 'Bench', roles: ['editor'] },
  context: { disableRevalidate: true },
})
const login = async () => {
  const started = performance.now()
  await payload.login({ collection: 'users', data: credentials })
  return performance.now() - started
}

const photo = await noisyJpeg({ width: 6000, height: 4000 })

const round = async (concurrency: number) => {
  imageWork.concurrency = concurrency
  global.gc?.()
  resetPeakRss()
  const from = peakRss()
  const started = performance.now()
  let pending = true
  const uploads = Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      payload.create({
        collection: 'media',
        data: { alt: `bench ${i}` },
        file: { data: photo, mimetype: 'image/jpeg', name: `bench-${i}.jpg`, size: photo.length },
        context: { disableRevalidate: true },
      }),
    ),
  ).finally(() => {
    pending = false
  })
  const logins: number[] = []
  while (pending) logins.push(await login())
  await uploads
  logins.sort((a, b) => a - b)
  console.log(
    `image work ${concurrency} at a time: six 24 MP uploads in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `${logins.length} logins, median ${logins[Math.floor(logins.length / 2)].toFixed(0)} ms, ` +
      `slowest ${logins.at(-1)!.toFixed(0)} ms; peak RSS ${peakRss().toFixed(0)} MB (from ${from.toFixed(0)} MB)`,
  )
  await payload.delete({
    collection: 'media',
    where: { alt: { like: 'bench' } },
    context: { disableRevalidate: true },
  })
}

const configured = imageWork.concurrency
console.log(`${os.availableParallelism()} cores; quiet login ${(await login()).toFixed(0)} ms`)
try {
  for (let i = 0; i < rounds; i++) {
    for (const concurrency of only ? [only] : [configured, 6]) await round(concurrency)
  }
} finally {
  await payload.destroy()
  fs.rmSync(tmp, { recursive: true, force: true })
}
process.exit(0)
