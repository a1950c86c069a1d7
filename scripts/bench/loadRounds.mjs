/**
 * Interleaved load rounds: every round runs wrk against each target in turn, in an order that
 * rotates from round to round, so whatever else the shared machine is doing falls on all
 * targets alike. Each run records the machine's load average when it started and the CPU the
 * target's own processes spent per request.
 */
import os from 'node:os'

import { treeCpuMs } from './processCpu.mjs'
import { runWrk } from './wrk.mjs'

const round2 = (n) => (n == null || Number.isNaN(n) ? null : Math.round(n * 100) / 100)
const cpuOf = (pids) =>
  pids.reduce((sum, pid) => (sum === null ? null : sum + (treeCpuMs(pid) ?? Number.NaN)), 0)

/**
 * @param {{
 *   targets: Array<{ name: string, url: string, pids: number[] }>,
 *   rounds: number,
 *   seconds: number,
 *   connections: number,
 *   log: (line: string) => void,
 * }} options
 */
export const loadRounds = async ({ targets, rounds, seconds, connections, log }) => {
  const runs = Object.fromEntries(targets.map(({ name }) => [name, []]))
  for (let round = 0; round < rounds; round += 1) {
    const order = targets.map((_, index) => targets[(index + round) % targets.length])
    for (const target of order) {
      const loadAverage = os.loadavg()[0]
      const cpuBefore = cpuOf(target.pids)
      log(
        `wrk round ${round + 1}/${rounds}, ${seconds}s × ${connections} connections: ${target.name}`,
      )
      const figures = await runWrk({ url: target.url, seconds, connections })
      const cpuAfter = cpuOf(target.pids)
      runs[target.name].push({
        round: round + 1,
        loadAverage: round2(loadAverage),
        ...figures,
        cpuMsPerRequest:
          cpuBefore === null || !figures.requests
            ? null
            : round2((cpuAfter - cpuBefore) / figures.requests),
      })
    }
  }
  const mean = (values) => values.reduce((sum, n) => sum + n, 0) / values.length
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => {
      const rps = list.map((run) => run.requestsPerSecond)
      const cpu = list.map((run) => run.cpuMsPerRequest).filter((n) => n !== null)
      return [
        name,
        {
          requestsPerSecond: Math.round(mean(rps)),
          min: Math.round(Math.min(...rps)),
          max: Math.round(Math.max(...rps)),
          p50: round2(mean(list.map((run) => run.p50))),
          p99: round2(mean(list.map((run) => run.p99))),
          cpuMsPerRequest: cpu.length ? round2(mean(cpu)) : null,
          non2xx: list.reduce((sum, run) => sum + run.non2xx, 0),
          rounds: list,
        },
      ]
    }),
  )
}
