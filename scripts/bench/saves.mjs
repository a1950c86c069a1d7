/**
 * The save figures of `npm run bench`, through the running server's REST API, with the
 * bodies the data layer built (articleBodies.ts):
 * - a 10,000-word article published with "Publish changes" (JSON), goal p95 < 300 ms;
 * - a 20,000-word article with 3,000 tags autosaved exactly as the admin sends it (one
 *   multipart `_payload` field of 1.0 MB), the kind of save that used to fail with 413
 *   (tests/int/largeArticleSave.int.spec.ts covers one over busboy's 1 MB default).
 */

import { percentile, r1 } from './stats.mjs'

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
  const { bigArticleId, bigArticleBody, longTaggedBody: body } = fixtures
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
