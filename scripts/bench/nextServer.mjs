/**
 * The Next.js side of the bench: one `next build` (only when there is none, or with --build)
 * and `next start` on a corpus, with the timed GET and the admin sign-in the figures use.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { waitForPort } from '../lib/waitForPort.mjs'
import { baseEnv, log, PORT_NEXT, root, siteUrl, work } from './benchEnv.mjs'
import { startChild } from './children.mjs'

/** Builds once, against an empty database; returns the seconds it took, or null if reused. */
export const ensureBuild = ({ isBuild }) => {
  if (fs.existsSync(path.join(root, '.next/BUILD_ID')) && !isBuild) {
    log('reusing the existing .next build (pass --build to rebuild)')
    return null
  }
  log('next build')
  const buildDb = path.join(work, 'build.db')
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(buildDb + suffix, { force: true })
  const t0 = Date.now()
  const build = spawnSync('npx', ['next', 'build', '--webpack'], {
    cwd: root,
    env: { ...baseEnv, DATABASE_URI: `file:${buildDb}`, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  })
  fs.writeFileSync(path.join(work, 'build.log'), `${build.stdout}\n${build.stderr}`)
  if (build.status !== 0) throw new Error('next build failed; see .tmp/bench/build.log')
  return Math.round((Date.now() - t0) / 1000)
}

/** `next start` on the SQLite corpus in `dbFile`; resolves once it listens. */
export const startNext = async (dbFile) => {
  const child = startChild(
    'npx',
    ['next', 'start', '-p', String(PORT_NEXT), '-H', '127.0.0.1'],
    { ...baseEnv, DATABASE_URI: `file:${dbFile}`, NODE_ENV: 'production' },
    `next-${path.basename(dbFile)}.log`,
  )
  await waitForPort(PORT_NEXT, child, 90)
  return child
}

/** A GET on the bench's `next start`, timed to the end of the body. */
export const get = async (pathname) => {
  const t0 = performance.now()
  const response = await fetch(`${siteUrl}${pathname}`, { redirect: 'manual' })
  const body = await response.text()
  return { ms: performance.now() - t0, status: response.status, body, headers: response.headers }
}

/** REST headers signed in as the bench admin on the server at `baseUrl`. */
export const adminAuth = async (baseUrl, admin) => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = await login.json()
  return { 'content-type': 'application/json', authorization: `JWT ${token}` }
}

/** A character as the REST API returns it, at depth 0. */
export const fetchCharacter = async (baseUrl, auth, id) =>
  (await fetch(`${baseUrl}/api/characters/${id}?depth=0`, { headers: auth })).json()
