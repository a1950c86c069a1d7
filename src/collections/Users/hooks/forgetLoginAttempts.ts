import type { CollectionAfterLoginHook, CollectionAfterOperationHook } from 'payload'

import { loginThrottle } from '@/auth/loginThrottle'
import { deviceCookie } from '@/auth/loginThrottle/loginDevice'
import { digest } from '@/auth/loginThrottle/loginKeys'
import type { ThrottleKey } from '@/auth/loginThrottle/throttleStore'

import { LOGIN_KEYS_CONTEXT, normalizedEmail } from './throttleLogin'

/**
 * A login that succeeded proves the password: the account's counters start again, the
 * client's "any account" counter takes this attempt back, and the browser is marked a known
 * device for the account (loginDevice.ts).
 */
export const forgetLoginAttempts: CollectionAfterLoginHook = ({ req, user }) => {
  const keys = req.context?.[LOGIN_KEYS_CONTEXT] as ThrottleKey[] | undefined
  if (!keys) return user
  for (const { key } of keys) {
    if (key.startsWith('client:') && key.split(':').length === 2) loginThrottle.forgiveOne(key)
    else loginThrottle.forget(key)
  }
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.append('Set-Cookie', deviceCookie(req, normalizedEmail(user.email)))
  return user
}

/** An admin's unlock (`POST /api/users/unlock`) also ends every wait on that account. */
export const forgetAttemptsOnUnlock: CollectionAfterOperationHook = ({
  args,
  operation,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = normalizedEmail((args as { data?: { email?: unknown } }).data?.email)
  if (email) loginThrottle.forgetMatching(digest(email))
  return result
}
