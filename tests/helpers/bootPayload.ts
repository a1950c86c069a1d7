/**
 * Boots Payload once with the current environment and exits: 0 when it is ready, 1 with the
 * error message otherwise. Start-up tests run it in a child process so each can choose its
 * own NODE_ENV, secret and database.
 */
import { getPayload } from 'payload'

try {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  console.log('payload ready')
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
