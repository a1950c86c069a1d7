/** Environment variables as read here; a plain record so tests can pass their own. */
type Env = Record<string, string | undefined>

const DEFAULT_SITE_URL = 'http://localhost:3000'

/** The public origin of the site, without a trailing slash. Read at run time on the server. */
export const siteUrl = (env: Env = process.env): string =>
  (env.SITE_URL?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, '')

/**
 * Origins whose cookie-authenticated requests Payload accepts (CSRF) and answers (CORS).
 * Development also trusts the loopback spellings of the dev server, so opening
 * http://127.0.0.1:3000 instead of localhost does not silently log editors out.
 */
export const trustedOrigins = (env: Env = process.env): string[] => {
  const origins = new Set([siteUrl(env)])
  if (env.NODE_ENV !== 'production') {
    const port = env.PORT || '3000'
    origins.add(`http://localhost:${port}`)
    origins.add(`http://127.0.0.1:${port}`)
  }
  return [...origins]
}
