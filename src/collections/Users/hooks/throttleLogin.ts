import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { loginThrottle } from '@/auth/loginThrottle'
import { checkLikeAPassword } from '@/auth/loginThrottle/checkLikeAPassword'
import { clientAddress } from '@/auth/loginThrottle/clientAddress'
import { knownDevice } from '@/auth/loginThrottle/loginDevice'
import { loginKeys } from '@/auth/loginThrottle/loginKeys'
import type { ThrottleKey } from '@/auth/loginThrottle/throttleStore'

/** Where a login's counters are kept for `forgetLoginAttempts` once it succeeds. */
export const LOGIN_KEYS_CONTEXT = 'loginThrottleKeys'

/** Payload compares e-mails lower-cased and trimmed; so must the counters. */
export const normalizedEmail = (value: unknown): string =>
  typeof value === 'string' ? value.toLowerCase().trim() : ''

const wait = (ms: number): string => {
  const minutes = Math.ceil(ms / 60_000)
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`
}

const refuse = (req: PayloadRequest, waitMs: number): never => {
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(Math.ceil(waitMs / 1000)))
  throw new APIError(
    `Too many failed logins. Try again in ${wait(waitMs)}, or ask an admin to unlock the account.`,
    429,
    undefined,
    true,
  )
}

/**
 * Throttles REST logins by client and by account, with a backoff (429 and Retry-After), in
 * place of Payload's account lock (`maxLoginAttempts: 0`), which let any stranger lock any
 * account, the admin's too, with five wrong passwords, and answered "locked" only for real
 * accounts. Every attempt is charged before the password is checked, whether or not the
 * account exists; the answers (401 wrong, 429 wait), and the time they take, are the same
 * for every e-mail.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = normalizedEmail(data?.email)
  const keys: ThrottleKey[] = loginKeys({
    email,
    client: clientAddress(req.headers),
    device: knownDevice(req, email),
  })
  const waitMs = loginThrottle.waitMs(keys)
  if (waitMs > 0) refuse(req, waitMs)
  loginThrottle.count(keys)
  req.context = { ...req.context, [LOGIN_KEYS_CONTEXT]: keys }
  const { totalDocs } = await req.payload.db.count({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (totalDocs === 0)
    await checkLikeAPassword(typeof data?.password === 'string' ? data.password : '')
  return args
}
