import { createHmac } from 'node:crypto'

/**
 * The token that authorises an internal revalidation request: an HMAC of a fixed label under
 * Payload's secret, so it is never the secret itself and changes when the secret does.
 */
export const revalidationToken = (secret: string): string =>
  createHmac('sha256', secret).update('spoilerproof:revalidate').digest('hex')

/** Where the running server can be reached from inside its own process. */
export const internalOrigin = (env: Record<string, string | undefined> = process.env): string =>
  (env.INTERNAL_URL?.trim() || `http://127.0.0.1:${env.PORT || 3000}`).replace(/\/+$/, '')
