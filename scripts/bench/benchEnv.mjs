/**
 * Where the bench works and listens: its folders, its fixed 127.0.0.1 ports, the secret and
 * environment every server it starts shares, and its log line.
 */
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
/** Databases, the FerretDB data and the server logs. */
export const work = path.join(root, '.tmp/bench')
export const resultsDir = path.join(root, 'bench/results')

export const PORT_NEXT = 3410
export const PORT_BARE = 3411
export const PORT_FERRET = 3412
export const SECRET = 'bench-secret-not-for-production'
export const siteUrl = `http://127.0.0.1:${PORT_NEXT}`

export const baseEnv = {
  ...process.env,
  PAYLOAD_SECRET: SECRET,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: siteUrl,
  PORT: String(PORT_NEXT),
  MEDIA_DIR: path.join(work, 'media'),
}

export const makeWorkDirs = () => {
  fs.mkdirSync(work, { recursive: true })
  fs.mkdirSync(resultsDir, { recursive: true })
}

const started = Date.now()
export const secondsSinceStart = () => Math.round((Date.now() - started) / 1000)
export const log = (line) => console.error(`[bench +${secondsSinceStart()}s] ${line}`)
