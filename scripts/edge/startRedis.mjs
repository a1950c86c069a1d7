/**
 * Starts a throwaway redis-server (Debian's `redis-server`) for the edge test and the bench:
 * loopback only, nothing written to disk, memory bounded the way docs/operations.md asks of
 * the production one. Stopped by PID.
 */
import { spawn } from 'node:child_process'

import { isListening } from '../lib/waitForPort.mjs'

const REDIS_SERVER = process.env.REDIS_SERVER || 'redis-server'

/**
 * @param {{ port: number, dir: string, log?: number | 'ignore' }} options
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export const startRedis = async ({ port, dir, log = 'ignore' }) => {
  const child = spawn(
    REDIS_SERVER,
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      // Cache entries carry an expiry; evicting among them never drops the tag bookkeeping.
      '--maxmemory',
      '256mb',
      '--maxmemory-policy',
      'volatile-lru',
    ],
    { stdio: ['ignore', log, log] },
  )
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  const deadline = Date.now() + 15_000
  while (!(await isListening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(
        `redis-server did not start on 127.0.0.1:${port} (apt-get install redis-server)`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid ?? 0, stop }
}
