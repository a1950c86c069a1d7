/** Environment variables as read here; a plain record so tests can pass their own. */
type Env = Record<string, string | undefined>

const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production'

/**
 * The secret that signs auth tokens. Production refuses to start without one; development
 * falls back to a fixed value so `npm run dev` works on a fresh clone.
 */
export const serverSecret = (env: Env = process.env): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set PAYLOAD_SECRET to a long random string (see .env.example) before starting in production.',
    )
  }
  return DEVELOPMENT_SECRET
}
