/**
 * Publish to visible: publish an article tagging a character through one server's REST API,
 * then poll every dependent page (on that server, another instance, the edge) until each shows
 * it. Times are from the start of the POST.
 */

import { r1 } from './stats.mjs'

/**
 * @param {{
 *   writeUrl: string,
 *   auth: Record<string, string>,
 *   body: object,
 *   pageUrls: string[],
 *   runs: number,
 *   label: string,
 * }} options `body` is a Lexical body tagging one character (the data layer's `probeBody`);
 *   `pageUrls` are full URLs, read before the first run so they start cached
 */
export const publishToVisible = async ({ writeUrl, auth, body, pageUrls, runs, label }) => {
  const text = async (url) => (await fetch(url)).text()
  for (const url of pageUrls) await text(url)
  const results = []
  for (let run = 0; run < runs; run += 1) {
    const title = `Bench publish ${label} ${Date.now()} ${run}`
    const t0 = performance.now()
    const response = await fetch(`${writeUrl}/api/articles?depth=0`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title,
        dek: 'Publish-to-visible probe.',
        _status: 'published',
        body,
      }),
    })
    const apiMs = performance.now() - t0
    if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`)
    const visibleAt = {}
    const deadline = Date.now() + 10_000
    while (Object.keys(visibleAt).length < pageUrls.length && Date.now() < deadline) {
      await Promise.all(
        pageUrls
          .filter((url) => !visibleAt[url])
          .map(async (url) => {
            if ((await text(url)).includes(title)) visibleAt[url] = r1(performance.now() - t0)
          }),
      )
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const isComplete = Object.keys(visibleAt).length === pageUrls.length
    results.push({
      apiMs: r1(apiMs),
      allVisibleMs: isComplete ? Math.max(...Object.values(visibleAt)) : null,
      visibleAt,
    })
  }
  return {
    pages: pageUrls,
    runs: results,
    worstMs: results.some((run) => run.allVisibleMs === null)
      ? null
      : Math.max(...results.map((run) => run.allVisibleMs)),
  }
}
