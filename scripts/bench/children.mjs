/**
 * The processes the bench starts: each in its own process group, logged to .tmp/bench/, and
 * stopped by PID, one at a time when done with and all on the way out.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { root, work } from './benchEnv.mjs'

const children = new Set()

const signal = (child) => {
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

export const stopAll = () => {
  for (const child of children) if (child.exitCode === null) signal(child)
}

/** Stops every child on exit and on Ctrl+C; call once. */
export const stopChildrenOnExit = () => {
  process.on('exit', stopAll)
  for (const name of ['SIGINT', 'SIGTERM']) {
    process.on(name, () => {
      stopAll()
      process.exit(130)
    })
  }
}

export const startChild = (command, args, env, logName) => {
  const out = fs.openSync(path.join(work, logName), 'w')
  const child = spawn(command, args, {
    cwd: root,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  })
  children.add(child)
  return child
}

export const stopChild = async (child) => {
  if (!child || child.exitCode !== null) return
  signal(child)
  await new Promise((resolve) => child.once('exit', resolve))
  children.delete(child)
}
