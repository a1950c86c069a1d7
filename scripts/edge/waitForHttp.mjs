/**
 * Polls a URL until `isReady(response)` holds, failing early if `child` exits.
 * @param {string} url
 * @param {{
 *   child?: import('node:child_process').ChildProcess,
 *   seconds?: number,
 *   isReady?: (response: Response) => boolean,
 * }} options
 */
export const waitForHttp = async (url, { child, seconds = 60, isReady = (r) => r.ok } = {}) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${url}: the process exited (${child.exitCode ?? child.signalCode})`)
    }
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(() => null)
    if (response) {
      await response.arrayBuffer().catch(() => {})
      if (isReady(response)) return
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} was not ready within ${seconds}s`)
}
