/**
 * What the REST figures of `npm run bench` need in the served corpus: the bench admin, a
 * published 10,000-word article, and the bodies the saves and the publish probe send.
 */
import type { Payload } from 'payload'

import { longTaggedBody, probeBody, tenThousandWordBody } from './articleBodies'
import type { Pick } from './sampleArticles'

export const BENCH_ADMIN = { email: 'bench-admin@example.com', password: 'bench-password-123' }

export const createFixtures = async (payload: Payload, picks: Pick[]) => {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: BENCH_ADMIN.email } },
    limit: 1,
  })
  if (existing.docs.length === 0) {
    await payload.create({
      collection: 'users',
      data: { ...BENCH_ADMIN, name: 'Bench Admin', roles: ['admin'] },
    } as Parameters<Payload['create']>[0])
  }
  const characters = picks[0]?.characters.slice(0, 5) ?? []
  const big = await payload.create({
    collection: 'articles',
    data: {
      title: `Ten thousand words ${Date.now()}`,
      dek: 'A long read for the save benchmark.',
      body: tenThousandWordBody(characters),
      _status: 'published',
    },
    context: { disableRevalidate: true },
  } as Parameters<Payload['create']>[0])
  // Publish-to-visible: a new article tagging the first character of this one will show in
  // this one's sidebar, on that character's page, on the home page.
  const target = picks[picks.length - 1]
  const probed = target?.characters[0]
  const probedCharacter =
    probed === undefined
      ? null
      : await payload.findByID({ collection: 'characters', id: probed, depth: 0 })
  return {
    admin: BENCH_ADMIN,
    bigArticleId: big.id,
    bigArticleBody: tenThousandWordBody(characters),
    // The 20,000-word, 3,000-tag autosave (saves.mjs).
    longTaggedBody: longTaggedBody(characters),
    target,
    probeBody: probedCharacter ? probeBody(probedCharacter.id, probedCharacter.name) : null,
  }
}
