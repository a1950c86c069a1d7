/**
 * Starts one `next start` of the existing .next build on 127.0.0.1, in its own process group
 * (so `stop` ends exactly what it started), and waits until it answers. Used by the edge test
 * and the bench to run several instances of one build.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { waitForHttp } from './waitForHttp.mjs'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * @param {{ port: number, env: Record<string, string | undefined>, logFile?: string }} options
 *   without `logFile`, its output goes to this process's
 * @returns {Promise<{
 *   url: string, pid: number, stop: () => Promise<void>, log: () => string, exited: Promise<number>
 * }>}
 */
export const startNext = async ({ port, env, logFile }) => {
  const out = logFile ? fs.openSync(logFile, 'a') : 'inherit'
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      cwd: root,
      env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
      stdio: ['ignore', out, out],
      detached: true,
    },
  )
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-(child.pid ?? 0), 'SIGTERM')
    await exited
  }
  const log = () => (logFile ? fs.readFileSync(logFile, 'utf8') : '')
  try {
    await waitForHttp(`${url}/`, { child, seconds: 180 })
  } catch (error) {
    await stop()
    throw new Error(`${error.message}\n${log().slice(-3000)}`)
  }
  return { url, pid: child.pid ?? 0, stop, log, exited }
}
