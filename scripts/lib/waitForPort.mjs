/** Waiting for a server we started to listen on its 127.0.0.1 port. */
import net from 'node:net'

/** Whether something accepts TCP connections on 127.0.0.1:`port` right now. */
export const isListening = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })

/**
 * Resolves once `port` listens; rejects when `child` (if given) exits first, or after
 * `seconds`.
 */
export const waitForPort = async (port, child, seconds = 30) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`process on ${port} exited (${child.exitCode})`)
    if (await isListening(port)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`nothing listened on 127.0.0.1:${port} within ${seconds}s`)
}
