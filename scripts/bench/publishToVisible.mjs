/**
 * Publish to visible: publish an article tagging a character through one server's REST API,
 * then poll every dependent page (on that server, another instance, the edge) until each shows
 * it. Times are from the start of the POST.
 */

const r1 = (n) => Math.round(n * 10) / 10

/** A published article whose body tags one character, as the admin would send it. */
const articleTagging = (title, character) => ({
  title,
  dek: 'Publish-to-visible probe.',
  _status: 'published',
  body: {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [
            {
              type: 'characterTag',
              version: 1,
              characterId: character.id,
              direction: 'ltr',
              format: '',
              indent: 0,
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: character.name,
                  format: 0,
                  detail: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      ],
    },
  },
})

/**
 * @param {{
 *   writeUrl: string,
 *   auth: Record<string, string>,
 *   character: { id: number | string, name: string },
 *   pageUrls: string[],
 *   runs: number,
 *   label: string,
 * }} options `pageUrls` are full URLs, read before the first run so they start cached
 */
export const publishToVisible = async ({ writeUrl, auth, character, pageUrls, runs, label }) => {
  const text = async (url) => (await fetch(url)).text()
  for (const url of pageUrls) await text(url)
  const results = []
  for (let run = 0; run < runs; run += 1) {
    const title = `Bench publish ${label} ${Date.now()} ${run}`
    const t0 = performance.now()
    const response = await fetch(`${writeUrl}/api/articles?depth=0`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(articleTagging(title, character)),
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
