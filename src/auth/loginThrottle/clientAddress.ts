/**
 * The address of the client, as the nearest trusted proxy saw it. Next (`next start`) puts the
 * socket's address in `X-Forwarded-For` only when the request has no such header, and a proxy
 * such as Varnish appends the address it saw; so the last entry is the client unless
 * `TRUSTED_PROXY_COUNT` (default 1) says more proxies append theirs after it (a CDN in front of
 * Varnish: 2). Without any proxy a client can send its own header and name any address; the
 * per-account limit (loginKeys.ts) does not depend on it.
 */
export const clientAddress = (
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): string | undefined => {
  const hops = Math.max(1, Number.parseInt(env.TRUSTED_PROXY_COUNT ?? '1', 10) || 1)
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return chain[chain.length - hops] ?? chain[0]
}
