/**
 * Finds or starts a MongoDB wire-protocol server for tests, in DESIGN.md's order:
 *   1. MONGODB_TEST_URI, if set;
 *   2. `mongod` on PATH;
 *   3. FerretDB 1.24.2 (SQLite backend), built from tools/ferretdb with the Go toolchain.
 * Everything started here listens on 127.0.0.1 only and is stopped by PID.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { waitForPort } from './waitForPort.mjs'

const root = path.resolve(import.meta.dirname, '../..')
export const FERRETDB_BIN = path.join(root, '.tools/bin/ferretdb')

const which = (command) => {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** Builds tools/ferretdb into .tools/bin/ferretdb with Go, if Go is installed. */
export const buildFerretDB = () => {
  if (fs.existsSync(FERRETDB_BIN)) return FERRETDB_BIN
  if (!which('go')) return null
  console.log('Building FerretDB 1.24.2 (tools/ferretdb) with Go …')
  const result = spawnSync('go', ['build', '-o', FERRETDB_BIN, '.'], {
    cwd: path.join(root, 'tools/ferretdb'),
    stdio: 'inherit',
  })
  return result.status === 0 ? FERRETDB_BIN : null
}

const startProcess = async ({ command, args, port, label, tmpDir }) => {
  const log = fs.openSync(path.join(tmpDir, `${path.basename(command)}.log`), 'a')
  const child = spawn(command, args, { stdio: ['ignore', log, log] })
  try {
    await waitForPort(port, child)
  } catch (error) {
    child.kill('SIGTERM')
    throw new Error(`${label} did not start: ${error.message} (log in ${tmpDir})`)
  }
  return {
    label,
    uri: `mongodb://127.0.0.1:${port}/cms_test`,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}

/**
 * @param {{ tmpDir: string }} options a scratch directory this run owns
 * @returns {Promise<{ label: string, uri: string, stop: () => Promise<void> } | null>}
 */
export const startMongoTestServer = async ({ tmpDir }) => {
  if (process.env.MONGODB_TEST_URI) {
    return { label: 'MONGODB_TEST_URI', uri: process.env.MONGODB_TEST_URI, stop: async () => {} }
  }

  const mongod = which('mongod')
  if (mongod) {
    const port = await freePort()
    const dbPath = path.join(tmpDir, 'mongod')
    fs.mkdirSync(dbPath, { recursive: true })
    return startProcess({
      command: mongod,
      args: ['--dbpath', dbPath, '--port', String(port), '--bind_ip', '127.0.0.1', '--quiet'],
      port,
      label: 'mongod',
      tmpDir,
    })
  }

  if (!(process.env.FERRETDB_BIN || buildFerretDB())) return null
  return startFerretDB({ port: await freePort(), dataDir: path.join(tmpDir, 'ferretdb'), tmpDir })
}

/**
 * Starts FerretDB on a given port and data directory, so a test can stop it (by PID, through
 * `stop`) and start it again on the same port with the same data.
 * @param {{ port: number, dataDir: string, tmpDir: string }} options
 */
export const startFerretDB = async ({ port, dataDir, tmpDir }) => {
  const ferretdb = process.env.FERRETDB_BIN || buildFerretDB()
  if (!ferretdb) throw new Error('FerretDB is not built and cannot be (is Go installed?)')
  fs.mkdirSync(dataDir, { recursive: true })
  return startProcess({
    command: ferretdb,
    args: [
      `--listen-addr=127.0.0.1:${port}`,
      `--sqlite-url=file:${dataDir}/`,
      '--telemetry=disable',
    ],
    port,
    label: 'FerretDB 1.24.2',
    tmpDir,
  })
}
