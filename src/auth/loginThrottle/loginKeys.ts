import { createHash } from 'node:crypto'

import type { ThrottleKey, ThrottlePolicy } from './throttleStore'

const MINUTE = 60_000

/** One client (or one known browser) guessing one account's password. */
export const PAIR_POLICY: ThrottlePolicy = {
  freeAttempts: 5,
  firstWaitMs: MINUTE,
  maxWaitMs: 15 * MINUTE,
}
/** Everyone but the account's known browsers, together, guessing one account. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeAttempts: 10,
  firstWaitMs: MINUTE,
  maxWaitMs: 60 * MINUTE,
}
/** One client trying many accounts (password spraying). */
export const CLIENT_POLICY: ThrottlePolicy = {
  freeAttempts: 30,
  firstWaitMs: MINUTE,
  maxWaitMs: 60 * MINUTE,
}

/** Short and fixed-size, whatever the client sent: keys never hold a 1 MB "e-mail". */
export const digest = (value: string): string =>
  createHash('sha256').update(value).digest('base64url').slice(0, 22)

type LoginKeysArgs = { email: string; client?: string; device?: string }

/**
 * The counters one login attempt is charged to. The same for accounts that exist and those
 * that do not, so throttling never tells which e-mail addresses have accounts.
 * - From a known browser (a valid device cookie): only that browser and account.
 * - Otherwise: the client and account, the account for all unknown clients, and the client
 *   for all accounts (when its address is known).
 */
export const loginKeys = ({ email, client, device }: LoginKeysArgs): ThrottleKey[] => {
  const account = digest(email)
  if (device) return [{ key: `device:${digest(device)}:${account}`, policy: PAIR_POLICY }]
  const from = digest(client ?? 'unknown')
  return [
    { key: `client:${from}:${account}`, policy: PAIR_POLICY },
    { key: `account:${account}`, policy: ACCOUNT_POLICY },
    ...(client ? [{ key: `client:${from}`, policy: CLIENT_POLICY }] : []),
  ]
}
