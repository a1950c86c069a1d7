/**
 * CPU time (user + system, in milliseconds) used so far by a process and every process below
 * it, from /proc: what a server spent, whatever it forks (npx → next-server, varnishd's
 * manager → its cache process). Linux only; null elsewhere.
 */
import fs from 'node:fs'

const TICKS_PER_SECOND = 100

const readStat = (pid) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    return null
  }
}

/** @param {number} rootPid @returns {number | null} */
export const treeCpuMs = (rootPid) => {
  if (!fs.existsSync('/proc/self/stat')) return null
  const stats = new Map()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readStat(Number(name))
    if (stat) stats.set(Number(name), stat)
  }
  const inTree = new Set([rootPid])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, { ppid }] of stats) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid)
        grew = true
      }
    }
  }
  let ticks = 0
  for (const pid of inTree) ticks += stats.get(pid)?.ticks ?? 0
  return (ticks / TICKS_PER_SECOND) * 1000
}
