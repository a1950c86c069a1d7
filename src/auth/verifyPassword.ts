import { pbkdf2, timingSafeEqual } from 'node:crypto'

import { PASSWORD_HASH } from './loginThrottle/checkLikeAPassword'

/** Payload 3's hashes before `pbkdf2-sha256-v1:`: 25,000 iterations, 512 bytes, no prefix. */
const LEGACY_HASH = { iterations: 25_000, keyLength: 512 }

type StoredPassword = { hash?: unknown; salt?: unknown }

/**
 * True when `password` is the one stored as `hash`/`salt`, checked the way Payload's local
 * strategy checks a login (its function is not exported; docs/upgrade-checklist.md). Used to
 * re-check the current password before a password or e-mail change, without logging in
 * (a login would add a session).
 */
export const verifyPassword = (
  { hash, salt }: StoredPassword,
  password: unknown,
): Promise<boolean> =>
  new Promise((resolve) => {
    if (typeof hash !== 'string' || typeof salt !== 'string' || typeof password !== 'string') {
      resolve(false)
      return
    }
    const isCurrent = hash.startsWith(PASSWORD_HASH.prefix)
    const { iterations, keyLength } = isCurrent ? PASSWORD_HASH : LEGACY_HASH
    const stored = Buffer.from(isCurrent ? hash.slice(PASSWORD_HASH.prefix.length) : hash, 'hex')
    pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, derived) => {
      resolve(!error && derived.length === stored.length && timingSafeEqual(derived, stored))
    })
  })
