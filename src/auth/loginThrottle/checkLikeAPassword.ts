import { pbkdf2, randomBytes } from 'node:crypto'

/**
 * Payload 3.90's password hash parameters (`pbkdf2-sha256-v1:`, 600,000 iterations, 32 bytes):
 * not exported, so mirrored here and listed in docs/upgrade-checklist.md. A test compares them
 * with a stored hash.
 */
export const PASSWORD_HASH = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }

/**
 * Payload answers an unknown e-mail before it hashes anything, so a wrong password for a real
 * account took ~0.5 s longer than one for an e-mail with no account, which told the two apart.
 * Hashing the password once the same way for an unknown e-mail makes both take as long.
 */
export const checkLikeAPassword = (password: string): Promise<void> =>
  new Promise((resolve) => {
    pbkdf2(
      password,
      randomBytes(32),
      PASSWORD_HASH.iterations,
      PASSWORD_HASH.keyLength,
      'sha256',
      () => resolve(),
    )
  })
