import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reindexCharacters } from '@/characterIndex/taggedCharacters/reindexCharacters'
import type { Article, Character, User } from '@/payload-types'
import { doc, paragraph, tag } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest, restLogin } from '../helpers/rest'

type Id = number | string
const tagged = (id: Id, words: string) => ({ ...tag('x', words), characterId: id })
const body = (...children: Array<string | Record<string, unknown>>) =>
  doc(paragraph(...(children as never[]))) as unknown as Article['body']
const ids = (value: Article['characters']) =>
  (value ?? []).map((entry) => String(typeof entry === 'object' ? entry.id : entry))

describe(`character tags and the derived index (${adapterName()})`, () => {
  let payload: Payload
  let editor: User
  let auth: Record<string, string>
  let danny: Character
  let luke: Character
  let claire: Character
  const suffix = uniqueSuffix()
  const articleIds: Id[] = []
  const characterIds: Id[] = []
  // An id of the right shape that no character has.
  let missingId: Id

  const makeCharacter = async (name: string, aliases: string[] = []) => {
    const character = await payload.create({
      collection: 'characters',
      data: { name: `${name} ${suffix}`, aliases: aliases.map((alias) => ({ alias })) },
      context: testContext,
    })
    characterIds.push(character.id)
    return character
  }

  const makeArticle = async (title: string, content: Article['body'], isDraft = false) => {
    const article = await payload.create({
      collection: 'articles',
      draft: isDraft,
      context: testContext,
      data: {
        title: `${title} ${suffix}`,
        dek: 'Dek.',
        body: content,
        _status: isDraft ? 'draft' : 'published',
      },
    })
    articleIds.push(article.id)
    return article
  }

  beforeAll(async () => {
    payload = await testPayload()
    missingId = payload.db.defaultIDType === 'number' ? 987_654_321 : 'ffffffffffffffffffffffff'
    danny = await makeCharacter('Danny Rand', ['Iron Fist'])
    luke = await makeCharacter('Luke Cage')
    claire = await makeCharacter('Claire Temple')
    editor = await payload.create({
      collection: 'users',
      data: {
        email: `tag-editor-${suffix}@example.com`,
        password: 'correct-horse-battery',
        name: 'Tag Editor',
        roles: ['editor'],
      },
      context: testContext,
    })
    auth = await restLogin(editor.email, 'correct-horse-battery')
  })

  afterAll(async () => {
    if (articleIds.length) {
      await payload.delete({
        collection: 'articles',
        where: { id: { in: articleIds } },
        context: testContext,
      })
    }
    // Bypass the "still tagged" guard only for leftovers of failed assertions.
    for (const id of characterIds) {
      await payload.db
        .deleteOne({ collection: 'characters', where: { id: { equals: id } } })
        .catch(() => {})
    }
    await payload.delete({ collection: 'users', id: editor.id, context: testContext })
    await payload.delete({
      collection: 'shows',
      where: { title: { like: suffix } },
      context: testContext,
    })
  })

  it('should derive distinct ids in order of first tag on create, and recompute on update', async () => {
    const article = await makeArticle(
      'Derived',
      body(
        tagged(danny.id, 'Iron Fist'),
        ' with ',
        tagged(luke.id, 'Luke'),
        ' and ',
        tagged(danny.id, 'Danny'),
      ),
    )
    expect(ids(article.characters)).toEqual([String(danny.id), String(luke.id)])

    const updated = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { body: body('Only ', tagged(claire.id, 'Claire')) },
      context: testContext,
    })
    expect(ids(updated.characters)).toEqual([String(claire.id)])
  })

  it('should ignore a characters list sent by the client and derive it from the body', async () => {
    const article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Forged ${suffix}`,
        dek: 'Dek.',
        body: body(tagged(luke.id, 'Luke')),
        characters: [danny.id, claire.id],
        _status: 'published',
      },
    })
    articleIds.push(article.id)
    expect(ids(article.characters)).toEqual([String(luke.id)])
  })

  it('should keep the published set on the document and the draft set on the draft version', async () => {
    const article = await makeArticle('Draft vs published', body(tagged(luke.id, 'Luke')))
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { body: body(tagged(claire.id, 'Claire')) },
      context: testContext,
    })
    const published = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    const draft = await payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 0,
      draft: true,
    })
    expect(ids(published.characters)).toEqual([String(luke.id)])
    expect(ids(draft.characters)).toEqual([String(claire.id)])

    const taggingLuke = await payload.find({
      collection: 'articles',
      where: { characters: { in: [luke.id] } },
      overrideAccess: false,
      depth: 0,
    })
    expect(taggingLuke.docs.map((d) => String(d.id))).toContain(String(article.id))
  })

  it('should refuse a tag pointing at a character that does not exist, naming the words', async () => {
    const attempt = payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Dangling ${suffix}`,
        dek: 'Dek.',
        body: body(tagged(missingId, 'Karen Page')),
        _status: 'published',
      },
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({
            path: 'body',
            message: expect.stringContaining('"Karen Page"'),
          }),
        ],
      },
    })

    const response = await rest({
      method: 'POST',
      path: '/articles',
      headers: auth,
      body: {
        title: `Dangling REST ${suffix}`,
        dek: 'Dek.',
        body: body(tagged('not-an-id', 'Foggy Nelson')),
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Foggy Nelson')
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { title: { like: `Dangling` } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should refuse to delete a tagged character, saying how many articles and which', async () => {
    const target = await makeCharacter('Misty Knight')
    await makeArticle('Misty returns', body(tagged(target.id, 'Misty')))

    const response = await rest({
      method: 'DELETE',
      path: `/characters/${target.id}`,
      headers: auth,
    })
    expect(response.status).toBe(409)
    const message = JSON.stringify(await response.json())
    expect(message).toContain('1 article tags this character')
    expect(message).toContain(`Misty returns ${suffix}`)
    expect(message).toContain('Merge into another character')
    expect(
      await payload.findByID({ collection: 'characters', id: target.id, disableErrors: true }),
    ).not.toBeNull()
  })

  it('should merge a duplicate: retarget tags in published articles and newer drafts, keep its name as an alias, delete it', async () => {
    const duplicate = await makeCharacter('Daniel Rand')
    const published = await makeArticle(
      'Merge published',
      body(tagged(duplicate.id, 'Daniel Rand')),
    )
    const withDraft = await makeArticle('Merge with draft', body('No tags yet.'))
    await payload.update({
      collection: 'articles',
      id: withDraft.id,
      draft: true,
      data: { body: body('Now ', tagged(duplicate.id, 'the Immortal Iron Fist')) },
      context: testContext,
    })

    const response = await rest({
      method: 'POST',
      path: `/characters/${duplicate.id}/merge`,
      headers: auth,
      body: { into: danny.id },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ retargetedArticles: 2 })

    const publishedAfter = await payload.findByID({
      collection: 'articles',
      id: published.id,
      depth: 0,
    })
    expect(ids(publishedAfter.characters)).toEqual([String(danny.id)])
    expect(JSON.stringify(publishedAfter.body)).toContain('Daniel Rand')

    const draftAfter = await payload.findByID({
      collection: 'articles',
      id: withDraft.id,
      depth: 0,
      draft: true,
    })
    expect(ids(draftAfter.characters)).toEqual([String(danny.id)])
    expect(JSON.stringify(draftAfter.body)).toContain('the Immortal Iron Fist')
    expect(draftAfter._status).toBe('draft')

    expect(
      await payload.findByID({ collection: 'characters', id: duplicate.id, disableErrors: true }),
    ).toBeNull()
    const kept = await payload.findByID({ collection: 'characters', id: danny.id })
    expect(kept.aliases?.map((a) => a.alias)).toContain(`Daniel Rand ${suffix}`)
  })

  it('should refuse a merge by an anonymous visitor', async () => {
    const response = await rest({
      method: 'POST',
      path: `/characters/${luke.id}/merge`,
      body: { into: danny.id },
    })
    expect(response.status).toBe(403)
  })

  it('should render a tag whose character vanished as its words, without failing the article', async () => {
    const ghost = await makeCharacter('Karen Page')
    const article = await makeArticle(
      'Ghost tag',
      body(tagged(ghost.id, 'Karen'), ' and ', tagged(luke.id, 'Luke')),
    )
    // Simulate a character removed behind Payload's back (e.g. a bulk import gone wrong).
    await payload.db.deleteOne({ collection: 'characters', where: { id: { equals: ghost.id } } })

    const asReader = await payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 2,
      overrideAccess: false,
    })
    const nodes = (
      asReader.body.root.children[0] as unknown as { children: Array<Record<string, unknown>> }
    ).children
    expect(nodes.find((node) => node.characterId === ghost.id)?.character).toBeNull()
    expect(nodes.find((node) => node.characterId === luke.id)?.character).toMatchObject({
      slug: luke.slug,
    })

    await reindexCharacters(payload)
    const after = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(ids(after.characters)).toEqual([String(luke.id)])
  })

  it('should repair a stale index with reindex, report the change, and then find nothing to do', async () => {
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Reindexed show ${suffix}` },
      context: testContext,
    })
    const article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Stale index ${suffix}`,
        dek: 'Dek.',
        body: body(tagged(luke.id, 'Luke'), ' and ', tagged(claire.id, 'Claire')),
        spoilerWarnings: [{ show: show.id, season: 2, note: 'Kept through reindex' }],
        shows: [show.id],
        _status: 'published',
      },
    })
    articleIds.push(article.id)
    // A bulk import that wrote bodies without running hooks leaves the index empty.
    // (The whole document goes back: a partial update would also empty its arrays on SQLite.)
    const stored = await payload.db.findOne<Article>({
      collection: 'articles',
      where: { id: { equals: article.id } },
    })
    await payload.db.updateOne({
      collection: 'articles',
      id: article.id,
      data: { ...stored, characters: [] },
    })

    const changes = await reindexCharacters(payload)
    expect(changes).toContainEqual(
      expect.objectContaining({
        articleId: article.id,
        state: 'published',
        added: [String(luke.id), String(claire.id)],
        removed: [],
      }),
    )
    const after = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(ids(after.characters)).toEqual([String(luke.id), String(claire.id)])
    // Only the index changed: the rest of the article, arrays included, is as it was.
    expect(after.spoilerWarnings).toEqual([
      expect.objectContaining({ show: show.id, season: 2, note: 'Kept through reindex' }),
    ])
    expect(after.shows).toEqual([show.id])
    expect(after.title).toBe(`Stale index ${suffix}`)
    expect(await reindexCharacters(payload)).not.toContainEqual(
      expect.objectContaining({ articleId: article.id }),
    )
  })

  it('should serve the tag index to staff only, with aliases and shows', async () => {
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Daredevil ${suffix}` },
      context: testContext,
    })
    await payload.update({
      collection: 'characters',
      id: claire.id,
      data: { appearances: [{ show: show.id, seasons: [1, 2] }] },
      context: testContext,
    })
    expect((await rest({ method: 'GET', path: '/characters/tag-index' })).status).toBe(401)
    const response = await rest({ method: 'GET', path: '/characters/tag-index', headers: auth })
    expect(response.status).toBe(200)
    const { characters, showTitles } = (await response.json()) as {
      characters: Array<{ id: Id; aliases: string[]; shows: string[] }>
      showTitles: string[]
    }
    // Show titles too, so the mention panel can tell "Luke Cage Season 2" from Luke Cage.
    expect(showTitles).toContain(`Daredevil ${suffix}`)
    expect(characters.find((c) => String(c.id) === String(danny.id))?.aliases).toContain(
      'Iron Fist',
    )
    expect(characters.find((c) => String(c.id) === String(claire.id))?.shows).toEqual([
      `Daredevil ${suffix}`,
    ])
    await payload.update({
      collection: 'characters',
      id: claire.id,
      data: { appearances: [] },
      context: testContext,
    })
    await payload.delete({ collection: 'shows', id: show.id, context: testContext })
  })
})
