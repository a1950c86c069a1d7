import { describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { createArticle } from '../helpers/articles'
import { adapterName } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { useWriteFixtures } from '../helpers/writeFixtures'

/**
 * An article's array rows keep ids. A copy sent back with another document's row ids (the
 * admin's "Duplicate", or a client reusing a read) must make new rows, and never move or
 * change the original's (issue 11).
 */
describe(`array rows copied with their ids (${adapterName()})`, () => {
  const fx = useWriteFixtures('copy-editor')

  it('should create a whole new article from a copy that carries the original rows’ ids', async () => {
    const read = await rest({
      method: 'GET',
      path: `/articles/${fx.published.id}?depth=0`,
      headers: fx.authed(),
    })
    const copy = (await read.json()) as Article
    expect(copy.spoilerWarnings?.[0]?.id).toBeTruthy()
    const title = `Atomic copy ${fx.suffix}`
    const { id: _id, slug: _slug, ...rest_ } = copy
    const response = await rest({
      method: 'POST',
      path: '/articles',
      headers: fx.authed(),
      body: { ...rest_, title, slug: `atomic-copy-${fx.suffix}` },
    })
    expect(response.status).toBe(201)
    const { doc: created } = (await response.json()) as { doc: Article }
    expect(created.spoilerWarnings).toHaveLength(2)
    const originalRowIds = copy.spoilerWarnings?.map((w) => w.id)
    for (const row of created.spoilerWarnings ?? []) expect(originalRowIds).not.toContain(row.id)

    const original = await fx.payload.findByID({
      collection: 'articles',
      id: fx.published.id,
      depth: 0,
    })
    expect(original.spoilerWarnings?.map((w) => w.id)).toEqual(originalRowIds)
    expect(original.title).toBe(fx.published.title)
  })

  it('should keep rows with another document’s ids whole on an update too', async () => {
    const other = await createArticle(fx.payload, { title: `Atomic other ${fx.suffix}` })
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${other.id}`,
      headers: fx.authed(),
      body: { spoilerWarnings: fx.published.spoilerWarnings },
    })
    expect(response.status).toBe(200)
    const [after, original] = await Promise.all([
      fx.payload.findByID({ collection: 'articles', id: other.id, depth: 0 }),
      fx.payload.findByID({ collection: 'articles', id: fx.published.id, depth: 0 }),
    ])
    expect(after.spoilerWarnings).toHaveLength(2)
    expect(original.spoilerWarnings?.map((w) => w.id)).toEqual(
      fx.published.spoilerWarnings?.map((w) => w.id),
    )
  })
})
