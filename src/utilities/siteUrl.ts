const DEFAULT_SITE_URL = 'http://localhost:3000'

/** The public origin of the site, without a trailing slash. Read at run time on the server. */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.SITE_URL?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, '')

/**
 * Origins whose cookie-authenticated requests Payload accepts (CSRF) and answers (CORS).
 * Development also trusts the loopback spellings of the dev server, so opening
 * http://127.0.0.1:3000 instead of localhost does not silently log editors out.
 */
export const trustedOrigins = (env: NodeJS.ProcessEnv = process.env): string[] => {
  const origins = new Set([siteUrl(env)])
  if (env.NODE_ENV !== 'production') {
    const port = env.PORT || '3000'
    origins.add(`http://localhost:${port}`)
    origins.add(`http://127.0.0.1:${port}`)
  }
  return [...origins]
}
