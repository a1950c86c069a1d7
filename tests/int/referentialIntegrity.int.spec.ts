import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph, spoiler, spoilerBlock } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Id = number | string
type Made = { collection: 'articles' | 'characters' | 'shows'; id: Id }
const body = (...nodes: unknown[]) => doc(...(nodes as never[])) as unknown as Article['body']
// Generated types say ids are numbers (SQLite); on MongoDB they are strings at run time.
const ref = (id: Id) => id as number
const plain = () => body(paragraph('Nothing to see.'))

describe(`deleting a show or media item that something uses (${adapterName()})`, () => {
  let payload: Payload
  let admin: StaffMember
  const suffix = uniqueSuffix()
  const made: Made[] = []
  const showIds: Id[] = []
  const mediaIds: Id[] = []

  const makeShow = async (title: string, poster?: Id) => {
    const show = await payload.create({
      collection: 'shows',
      // Titles (and so slugs) must differ per row: slugs are unique.
      data: {
        title: `${title} ${suffix}`,
        seasons: [{ number: 1 }],
        poster: poster === undefined ? undefined : ref(poster),
      },
      context: testContext,
    })
    showIds.push(show.id)
    return show.id
  }

  const makeMedia = async (alt: string) => {
    const data = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0c0' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: `${alt} ${suffix}` },
      file: { data, mimetype: 'image/png', name: `ri-${suffix}.png`, size: data.length },
      context: testContext,
    })
    mediaIds.push(media.id)
    return media.id
  }

  /** With `inNewerDraft`, the article is published plain and only a newer draft uses `data`. */
  const makeArticle = async (title: string, data: Partial<Article>, inNewerDraft = false) => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `${title} ${suffix}`,
        dek: 'Dek.',
        body: plain(),
        _status: 'published',
        ...(inNewerDraft ? {} : data),
      },
      context: testContext,
    })
    made.push({ collection: 'articles', id: article.id })
    if (inNewerDraft) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        draft: true,
        data: { ...data, _status: 'draft' },
        context: testContext,
      })
    }
    return `${title} ${suffix}`
  }

  const makeCharacter = async (name: string, data: Record<string, unknown>) => {
    const character = await payload.create({
      collection: 'characters',
      data: { name: `${name} ${suffix}`, ...data },
      context: testContext,
    })
    made.push({ collection: 'characters', id: character.id })
    return `${name} ${suffix}`
  }

  /** Each row: a show used one way; returns the user's title or name. */
  const showUsers: Array<[string, (show: Id) => Promise<string>]> = [
    [
      'a character appearance',
      (show) => makeCharacter('Appears', { appearances: [{ show: ref(show) }] }),
    ],
    [
      'an article spoiler warning',
      (show) => makeArticle('Warned', { spoilerWarnings: [{ show: ref(show) }] }),
    ],
    ['an article shows list', (show) => makeArticle('Covers', { shows: [ref(show)] })],
    [
      'an inline spoiler scope in a body',
      (show) =>
        makeArticle('Inline', {
          body: body(paragraph('A ', spoiler('twist', { show, season: 1 }))),
        }),
    ],
    [
      'a spoiler section scope in a body',
      (show) =>
        makeArticle('Section', { body: body(spoilerBlock([paragraph('Hidden.')], { show })) }),
    ],
    [
      'a spoiler warning only in a newer draft',
      (show) => makeArticle('Draft warned', { spoilerWarnings: [{ show: ref(show) }] }, true),
    ],
    [
      'an inline spoiler only in a newer draft',
      (show) =>
        makeArticle('Draft inline', { body: body(paragraph(spoiler('twist', { show }))) }, true),
    ],
  ]

  /** Each row: a media item used one way; returns the user's title or name. */
  const mediaUsers: Array<[string, (media: Id) => Promise<string>]> = [
    ['an article hero image', (media) => makeArticle('Hero', { heroImage: ref(media) })],
    [
      'a show poster',
      async (media) => {
        await makeShow('Poster show', media)
        return `Poster show ${suffix}`
      },
    ],
    ['a character portrait', (media) => makeCharacter('Portrayed', { portrait: media })],
  ]

  const exists = async (collection: 'media' | 'shows', id: Id) =>
    (await payload.findByID({ collection, id, depth: 0, disableErrors: true })) !== null

  const expectRefused = async (collection: 'media' | 'shows', id: Id, userName: string) => {
    const response = await rest({
      method: 'DELETE',
      path: `/${collection}/${id}`,
      headers: admin.headers,
    })
    const message = JSON.stringify(await response.json())
    expect(response.status, message).toBe(409)
    expect(message).toContain(userName)
    expect(await exists(collection, id)).toBe(true)
  }

  const expectDeleted = async (collection: 'media' | 'shows', id: Id) => {
    const response = await rest({
      method: 'DELETE',
      path: `/${collection}/${id}`,
      headers: admin.headers,
    })
    expect(response.status).toBe(200)
    expect(await exists(collection, id)).toBe(false)
  }

  beforeAll(async () => {
    payload = await testPayload()
    admin = await createStaff({ payload, role: 'admin', suffix, label: 'ri-admin' })
  })

  afterAll(async () => {
    for (const { collection, id } of made.reverse()) {
      await payload.delete({ collection, id, context: testContext }).catch(() => {})
    }
    // Leftovers of failed assertions: bypass the guard under test.
    for (const id of showIds) {
      await payload.db
        .deleteOne({ collection: 'shows', where: { id: { equals: id } } })
        .catch(() => {})
    }
    for (const id of mediaIds) {
      await payload.delete({ collection: 'media', id, context: testContext }).catch(() => {})
    }
    await deleteStaff(payload, [admin])
  })

  it.each(showUsers)('should refuse with 409 to delete a show used by %s', async (_, use) => {
    const show = await makeShow(`Used show ${showIds.length}`)
    await expectRefused('shows', show, await use(show))
  })

  it.each(mediaUsers)('should refuse with 409 to delete media used by %s', async (_, use) => {
    const media = await makeMedia('Used image')
    await expectRefused('media', media, await use(media))
  })

  it('should delete a show and a media item nothing uses', async () => {
    await expectDeleted('shows', await makeShow('Unused show'))
    await expectDeleted('media', await makeMedia('Unused image'))
  })
})
