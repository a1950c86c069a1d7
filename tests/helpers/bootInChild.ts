import { spawnSync } from 'node:child_process'

/**
 * Boots Payload in a child process (tests/helpers/bootPayload.ts) with these variables on top
 * of the test's own, and returns its exit status, output and how long it took.
 */
export const bootInChild = (env: Record<string, string | undefined>) => {
  const started = Date.now()
  const result = spawnSync('npx', ['tsx', 'tests/helpers/bootPayload.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 90_000,
  })
  return { ...result, seconds: (Date.now() - started) / 1000 }
}
