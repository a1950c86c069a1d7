/**
 * The save figures of `npm run bench`, through the running server's REST API:
 * - a 10,000-word article published with "Publish changes" (JSON), goal p95 < 300 ms;
 * - a 20,000-word article with 3,000 tags autosaved exactly as the admin sends it (one
 *   multipart `_payload` field of about 2 MB), the case that used to fail with 413.
 */

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const r1 = (n) => (n == null || Number.isNaN(n) ? null : Math.round(n * 10) / 10)

const text = (value) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

const FILLER = 'the night market was quiet until someone at the far stall called out'.split(' ')

/** 200 paragraphs of about 100 words, 15 tags each: 20,000 words and 3,000 tags. */
export const longTaggedBody = (characterIds) => {
  const paragraphs = []
  for (let p = 0; p < 200; p += 1) {
    const children = []
    for (let t = 0; t < 15; t += 1) {
      const words = Array.from({ length: 6 }, (_, w) => FILLER[(p + t + w) % FILLER.length])
      children.push(text(` ${words.join(' ')} `))
      children.push({
        type: 'characterTag',
        version: 1,
        characterId: characterIds[(p + t) % characterIds.length],
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [text('Danny')],
      })
    }
    children.push(text(' and so the evening ended.'))
    paragraphs.push({
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
      children,
    })
  }
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs,
    },
  }
}

const timed = async (runs, send) => {
  const times = []
  let failure = null
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now()
    const response = await send(i)
    const body = await response.text()
    if (response.ok) times.push(performance.now() - t0)
    else failure ??= `${response.status} ${body.slice(0, 200)}`
  }
  return {
    saves: times.length,
    p50: r1(percentile(times, 50)),
    p95: r1(percentile(times, 95)),
    failure,
  }
}

/** Runs both save figures; `auth` carries the bench admin's JWT. */
export const measureSaves = async ({ siteUrl, auth, fixtures, saves }) => {
  const { bigArticleId, bigArticleBody, target } = fixtures
  const save10kWords = await timed(saves, (i) =>
    fetch(`${siteUrl}/api/articles/${bigArticleId}?depth=0&draft=false`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({
        title: `Ten thousand words, save ${i}`,
        body: bigArticleBody,
        _status: 'published',
      }),
    }),
  )

  const body = longTaggedBody(target.characters)
  const created = await fetch(`${siteUrl}/api/articles?draft=true&depth=0`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ title: 'Twenty thousand words', dek: 'A long, tag-heavy review.' }),
  })
  if (!created.ok) throw new Error(`creating the long article failed: ${created.status}`)
  const { doc } = await created.json()
  const { authorization } = auth
  const payloadBytes = Buffer.byteLength(JSON.stringify({ body }))
  const save20kWords3kTags = await timed(saves, (i) => {
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({
        title: `Twenty thousand words, save ${i}`,
        dek: 'A long, tag-heavy review.',
        body,
        _status: 'draft',
      }),
    )
    return fetch(`${siteUrl}/api/articles/${doc.id}?draft=true&autosave=true&depth=0`, {
      method: 'PATCH',
      headers: { authorization },
      body: form,
    })
  })
  await fetch(`${siteUrl}/api/articles/${doc.id}`, { method: 'DELETE', headers: auth })
  return { save10kWords, save20kWords3kTags: { ...save20kWords3kTags, payloadBytes, tags: 3000 } }
}

const figure = (s, nm) =>
  !s
    ? nm('no run')
    : s.saves === 0
      ? `every save failed: ${s.failure}`
      : `p50 ${s.p50} ms, p95 ${s.p95} ms (n=${s.saves}${s.failure ? `, some failed: ${s.failure}` : ''})`

/** The table rows for both figures. */
export const saveRows = (web, row, nm) => {
  row('Save 10,000-word article (REST PATCH)', figure(web.save10kWords, nm), 'p95 < 300 ms')
  const long = web.save20kWords3kTags
  row(
    `Autosave 20,000 words, 3,000 tags (multipart${long ? `, ${(long.payloadBytes / 2 ** 20).toFixed(2)} MB` : ''})`,
    figure(long, nm),
    'saves (no 413)',
  )
}
