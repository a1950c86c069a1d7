/**
 * The web figures on the first (served) corpus, in an order that keeps each honest: uncached
 * renders before anything warms the sampled pages, then the cached page and the edge, publish
 * to visible, the saves, and Lighthouse last.
 */
import { measureCachedPage } from './cachedPage.mjs'
import { stopChild } from './children.mjs'
import { log, siteUrl } from './benchEnv.mjs'
import { measureLighthouse } from './lighthouse.mjs'
import { adminAuth, fetchCharacter, get, startNext } from './nextServer.mjs'
import { publishToVisible } from './publishToVisible.mjs'
import { measureSaves } from './saves.mjs'
import { uncachedRenders } from './uncachedRenders.mjs'

export const measureWeb = async ({ served, options, results }) => {
  const next = await startNext(served.file)
  try {
    const [targetSlug, ...others] = served.data.sampleSlugs
    const warm = await get('/')
    log(`next start is up (home: ${warm.status})`)

    // One other article page is rendered first, so the route's code is loaded and compiled:
    // that happens once per server start, not once per cache miss, and would otherwise be the
    // slowest "miss" of the run.
    await get(`/articles/${targetSlug}`)
    results.web.uncachedRender = { [served.size]: await uncachedRenders(others) }

    await measureCachedPage({ next, served, targetSlug, options, results })

    // Publish to visible on every dependent page, as the admin over REST.
    const { fixtures } = served.data
    const auth = await adminAuth(siteUrl, fixtures.admin)
    const character = await fetchCharacter(siteUrl, auth, fixtures.target.characters[0])
    results.web.publishToVisible = await publishToVisible({
      writeUrl: siteUrl,
      auth,
      body: fixtures.probeBody,
      pageUrls: [`/articles/${fixtures.target.slug}`, `/characters/${character.slug}`, '/'].map(
        (pathname) => `${siteUrl}${pathname}`,
      ),
      runs: options.publishRuns,
      label: 'next',
    })

    // A 10,000-word publish, and a 20,000-word, 3,000-tag autosave (saves.mjs).
    Object.assign(
      results.web,
      await measureSaves({ siteUrl, auth, fixtures, saves: options.saves }),
    )

    measureLighthouse({ url: `${siteUrl}/articles/${targetSlug}`, options, results })
  } finally {
    await stopChild(next)
  }
}
