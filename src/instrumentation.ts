/**
 * Starts Payload, and with it the jobs runner, when `next start` or `next dev` boots. Payload
 * otherwise initialises lazily on the first admin or API request, so a server that only ever
 * served pre-rendered pages would never publish a scheduled article.
 */
export const register = async (): Promise<void> => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
