import net from 'node:net'

import { describe, expect, it } from 'vitest'

import { bootInChild as boot } from '../helpers/bootInChild'
import { adapterName } from '../helpers/payload'

/** A loopback port with nothing listening on it. */
const closedPort = async (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

describe(`start-up errors (${adapterName()})`, () => {
  it('should refuse to start in production without PAYLOAD_SECRET, naming the variable', () => {
    const result = boot({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('PAYLOAD_SECRET is not set')
  })

  it('should report an unreachable MongoDB quickly instead of hanging for 30 seconds', async () => {
    const port = await closedPort()
    const result = boot({ DATABASE_URI: `mongodb://127.0.0.1:${port}/cms` })
    expect(result.status).not.toBe(0)
    expect(result.stderr + result.stdout).toMatch(/ECONNREFUSED|connect/i)
    // The driver's default is 30 s; ours is 5 s plus process start-up.
    expect(result.seconds).toBeLessThan(25)
  })

  it('should refuse a DATABASE_URI it does not understand, saying which schemes work', () => {
    const result = boot({ DATABASE_URI: 'postgres://127.0.0.1/cms' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('DATABASE_URI must start with "file:"')
  })
})
