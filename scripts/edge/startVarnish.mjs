/**
 * Starts Varnish (Debian's varnishd 7.1 with varnish-modules for xkey) in front of the given
 * Next instances, in the foreground of a child process, listening on 127.0.0.1 only. Used by
 * `npm run start:edge`, the edge browser test and the bench; stopped by PID.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { VARNISH_DIR, edgeVcl } from './edgeVcl.mjs'
import { waitForHttp } from './waitForHttp.mjs'

const VARNISHD = process.env.VARNISHD || '/usr/sbin/varnishd'

/**
 * @param {{
 *   port: number,
 *   backends: Array<{ host: string, port: number }>,
 *   workDir: string,
 *   memory?: string,
 *   log?: number | 'inherit',
 * }} options `memory`: the malloc storage size (default 256m); `log`: a file descriptor
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export const startVarnish = async ({
  port,
  backends,
  workDir,
  memory = '256m',
  log = 'inherit',
}) => {
  if (!fs.existsSync(VARNISHD)) {
    throw new Error(`${VARNISHD} not found: apt-get install varnish varnish-modules`)
  }
  fs.mkdirSync(workDir, { recursive: true })
  const vclFile = path.join(workDir, 'edge.vcl')
  fs.writeFileSync(vclFile, edgeVcl({ backends }))
  // Root runs it unjailed here: it reads the VCL from the work tree and writes only workDir.
  const jail = process.getuid?.() === 0 ? ['-j', 'none'] : []
  const args = [
    '-F',
    '-n',
    workDir,
    '-a',
    `127.0.0.1:${port}`,
    '-T',
    '127.0.0.1:0',
    '-f',
    vclFile,
    '-p',
    `vcl_path=${VARNISH_DIR}:${workDir}`,
    // Memory only: nothing the edge keeps touches the disk, and the LRU bounds it.
    '-s',
    `malloc,${memory}`,
    // Store gzip and identity copies as Next sent them (spoilerproof.vcl normalises
    // Accept-Encoding), rather than gunzipping at the edge for clients without gzip.
    '-p',
    'http_gzip_support=off',
    ...jail,
  ]
  // A VCL that does not compile should say why, not just "exited".
  const check = spawnSync(
    VARNISHD,
    ['-C', ...jail, '-f', vclFile, '-p', `vcl_path=${VARNISH_DIR}:${workDir}`, '-n', workDir],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  )
  if (check.status !== 0) throw new Error(`Varnish refused the VCL:\n${check.stderr.slice(-3000)}`)
  const child = spawn(VARNISHD, args, { stdio: ['ignore', log, log] })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  try {
    await waitForHttp(`${url}/_edge_ready_check`, { child, seconds: 30, isReady: () => true })
  } catch (error) {
    await stop()
    throw error
  }
  return { url, pid: child.pid ?? 0, stop }
}
