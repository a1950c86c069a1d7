/**
 * Runs Debian's `wrk` against one URL and returns its figures. wrk is a C event loop: on this
 * 2-core machine one wrk thread drives Next, Varnish or a bare server without itself being
 * the limit (autocannon, used before, took a whole core).
 */
import { spawn } from 'node:child_process'

const WRK = process.env.WRK || 'wrk'

const toMs = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit]

/** @param {string} output wrk's report, with --latency */
export const parseWrk = (output) => {
  const latency = (percent) => {
    const match = output.match(new RegExp(`^\\s+${percent}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm'))
    return match ? Math.round(toMs(match[1], match[2]) * 100) / 100 : null
  }
  const number = (pattern) => {
    const match = output.match(pattern)
    return match ? Number(match[1]) : null
  }
  const socketErrors = output.match(
    /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/,
  )
  return {
    requestsPerSecond: number(/^Requests\/sec:\s+([\d.]+)/m),
    requests: number(/^\s+(\d+) requests in/m),
    p50: latency(50),
    p99: latency(99),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/) ?? 0,
    socketErrors: socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  }
}

/**
 * @param {{ url: string, seconds: number, connections: number, threads?: number }} options
 * @returns {Promise<ReturnType<typeof parseWrk>>}
 */
export const runWrk = ({ url, seconds, connections, threads = 1 }) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      WRK,
      ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--latency', url],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) =>
      reject(new Error(`wrk could not run (apt-get install wrk): ${error}`)),
    )
    child.on('exit', (code) => {
      const figures = parseWrk(output)
      if (code !== 0 || figures.requestsPerSecond === null) {
        reject(new Error(`wrk exited ${code}: ${output.slice(-500)}`))
      } else resolve(figures)
    })
  })
