import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type SpoilerContext, WITH_SPOILER_CONTEXT } from '@/lexical/spoiler/shared/spoilerContext'
import { extractSpoilerSafeText } from '@/lexical/spoiler/shared/extractSpoilerSafeText'
import { findFieldSpoilerRepeats } from '@/lexical/spoiler/shared/findFieldSpoilerRepeats'
import type { Article, Character, Show } from '@/payload-types'
import { doc, paragraph, spoiler, spoilerBlock } from '@/seed/lexical'

import { tagged } from '../helpers/lexical'
import { outwardText } from '../helpers/outwardText'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'

const INLINE_SECRET = 'Colleen helps her through physical therapy'
const BLOCK_SECRET = 'offers her a mechanical replacement arm'

describe(`spoilers (${adapterName()})`, () => {
  let payload: Payload
  let show: Show
  let colleen: Character
  let danny: Character
  let article: Article
  const suffix = uniqueSuffix()
  let previousPolicy: number | null | undefined

  beforeAll(async () => {
    payload = await testPayload()
    show = await payload.create({
      collection: 'shows',
      context: testContext,
      data: {
        title: `Spoiler Show ${suffix}`,
        seasons: [
          { number: 1, premiereDate: '2016-09-30T00:00:00.000Z' },
          { number: 2, premiereDate: '2018-06-22T00:00:00.000Z' },
        ],
      },
    })
    colleen = await payload.create({
      collection: 'characters',
      context: testContext,
      data: { name: `Colleen ${suffix}` },
    })
    danny = await payload.create({
      collection: 'characters',
      context: testContext,
      data: { name: `Danny ${suffix}` },
    })
    const scope = { show: show.id, season: 2 }
    article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Spoiler article ${suffix}`,
        dek: 'Who turns up in Harlem, without giving anything away.',
        _status: 'published',
        spoilerWarnings: [{ show: show.id, season: 2 }],
        body: doc(
          paragraph(
            'Safe opening. ',
            spoiler([tagged(colleen.id, 'Colleen'), INLINE_SECRET.slice('Colleen'.length)], scope),
            ' Safe ending.',
          ),
          spoilerBlock([paragraph(tagged(danny.id, 'Danny'), ` ${BLOCK_SECRET}.`)]),
        ) as unknown as Article['body'],
      },
    })
    previousPolicy = (await payload.findGlobal({ slug: 'spoiler-policy' })).softenAfterDays
  })

  afterAll(async () => {
    await payload.updateGlobal({
      slug: 'spoiler-policy',
      data: { softenAfterDays: previousPolicy ?? null },
      context: testContext,
    })
    await payload.delete({ collection: 'articles', id: article.id, context: testContext })
    await payload.delete({
      collection: 'characters',
      where: { id: { in: [colleen.id, danny.id] } },
      context: testContext,
    })
    await payload.delete({ collection: 'shows', id: show.id, context: testContext })
  })

  const readOverRest = async (): Promise<Article> => {
    const response = await rest({ method: 'GET', path: `/articles/${article.id}?depth=2` })
    expect(response.status).toBe(200)
    return (await response.json()) as Article
  }

  it('should store both spoilers with their scopes and read them back over REST', async () => {
    const read = await readOverRest()
    const json = JSON.stringify(read.body)
    expect(json).toContain('"type":"inlineSpoiler"')
    expect(json).toContain('"blockType":"spoiler"')
    const inline = (
      read.body.root.children[0] as unknown as { children: Array<Record<string, unknown>> }
    ).children[1]
    expect(inline.scope).toEqual({ show: show.id, season: 2 })
  })

  it('should find character tags inside spoilers when deriving the article’s characters', async () => {
    const read = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect((read.characters ?? []).map(String)).toEqual([String(colleen.id), String(danny.id)])
  })

  it('should keep spoiler text out of the dek, the meta fields and the extracted text', async () => {
    const read = await readOverRest()
    const outward = outwardText(read)
    for (const secret of [INLINE_SECRET, BLOCK_SECRET, 'physical therapy', 'mechanical']) {
      expect(outward).not.toContain(secret)
    }
    expect(extractSpoilerSafeText(read.body)).toBe('Safe opening. Safe ending.')
    // The check must be able to fail: the secrets really are in the stored body.
    expect(JSON.stringify(read.body)).toContain('physical therapy')
  })

  /** Read as the public article page does (src/queries/articles.ts). */
  const readAsPage = () =>
    payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 2,
      overrideAccess: false,
      context: { [WITH_SPOILER_CONTEXT]: true },
    })

  it('should give the public page the warned show’s premieres and the spoiler policy', async () => {
    // Other reads (the admin, API clients, each save's response) do not pay for it.
    expect((await readOverRest()).spoilerContext ?? null).toBeNull()
    const read = await readAsPage()
    const context = read.spoilerContext as SpoilerContext
    expect(context.shows).toHaveLength(1)
    expect(context.shows[0]).toMatchObject({ id: show.id, title: show.title })
    expect(context.shows[0].seasons.map((season) => season.number)).toEqual([1, 2])

    await payload.updateGlobal({
      slug: 'spoiler-policy',
      data: { softenAfterDays: 365 },
      context: testContext,
    })
    const after = (await readAsPage()).spoilerContext as SpoilerContext
    expect(after.policy).toEqual({ softenAfterDays: 365 })
  })

  it('should warn when the dek repeats text hidden in a spoiler, and not otherwise', async () => {
    const read = await readOverRest()
    expect(findFieldSpoilerRepeats({ text: read.dek, body: read.body })).toEqual([])

    const draft = await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { dek: 'In Harlem, Danny offers her a mechanical replacement arm.' },
      context: testContext,
    })
    expect(findFieldSpoilerRepeats({ text: draft.dek, body: draft.body })).toEqual(
      expect.arrayContaining(['offers her a mechanical', 'a mechanical replacement arm']),
    )
  })
})
