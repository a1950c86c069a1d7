import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { seedArticles } from './articles'
import { seedCharacters } from './characters'
import { DEMO_EDITOR } from './demoEditor'
import { makePosterImage } from './images'
import { resolveCharacterTags, resolveShowRefs } from './lexical'
import { seedShows } from './shows'

type SeedArgs = {
  payload: Payload
  /** Create the documented demo login. Callers pass false in production. */
  shouldCreateDemoEditor: boolean
  log?: (message: string) => void
}

export type SeedResult = { isSeeded: boolean; reason?: string }

/** Seeding runs outside a Next request: no cache to revalidate. */
const context = { disableRevalidate: true }

const DAY_MS = 24 * 60 * 60 * 1000

const uploadPoster = async (
  payload: Payload,
  slug: string,
  alt: string,
  palette: [string, string],
) => {
  const data = await makePosterImage(palette)
  return payload.create({
    collection: 'media',
    data: { alt, credit: 'Spoilerproof illustration' },
    file: { data, mimetype: 'image/jpeg', name: `${slug}.jpg`, size: data.length },
    context,
  })
}

const createAuthors = async (payload: Payload, shouldCreateDemoEditor: boolean) => {
  const authors = [
    { name: 'Nadia Okafor', email: 'nadia.okafor@example.com', roles: ['writer' as const] },
    { name: 'Sam Reyes', email: 'sam.reyes@example.com', roles: ['editor' as const] },
  ]
  const created = []
  for (const author of authors) {
    // Bylines need real accounts; nobody is meant to sign in as them.
    const password = randomBytes(24).toString('base64url')
    created.push(
      await payload.create({ collection: 'users', data: { ...author, password }, context }),
    )
  }
  if (shouldCreateDemoEditor) {
    await payload.create({
      collection: 'users',
      data: { ...DEMO_EDITOR, roles: ['admin', 'editor'] },
      context,
    })
  }
  return created
}

/**
 * Loads the demo newsroom into an empty database. It refuses to touch a database that
 * already has shows, so it is safe to run on every `npm run dev`.
 */
export const seed = async ({
  payload,
  shouldCreateDemoEditor,
  log = () => {},
}: SeedArgs): Promise<SeedResult> => {
  const { totalDocs } = await payload.count({ collection: 'shows' })
  if (totalDocs > 0) return { isSeeded: false, reason: 'the database already has content' }

  const authors = await createAuthors(payload, shouldCreateDemoEditor)
  log(`users: ${authors.length}${shouldCreateDemoEditor ? ' + demo editor' : ''}`)

  // Generated types use SQLite's numeric ids; on MongoDB the same values are strings.
  const showIds = new Map<string, number>()
  for (const show of seedShows) {
    const created = await payload.create({ collection: 'shows', data: show, context })
    showIds.set(show.slug, created.id as number)
  }
  log(`shows: ${showIds.size}`)

  const characterIds = new Map<string, number | string>()
  for (const character of seedCharacters) {
    const created = await payload.create({
      collection: 'characters',
      context,
      data: {
        name: character.name,
        slug: character.slug,
        portrayedBy: character.portrayedBy,
        bio: character.bio,
        aliases: character.aliases.map((alias) => ({ alias })),
        appearances: Object.entries(character.appearances).map(([show, seasons]) => ({
          show: showIds.get(show)!,
          seasons,
        })),
      },
    })
    characterIds.set(character.slug, created.id)
  }
  log(`characters: ${seedCharacters.length}`)

  const now = Date.now()
  for (const [index, article] of seedArticles.entries()) {
    const hero = await uploadPoster(payload, article.slug, article.heroAlt, article.heroPalette)
    const isPublished = article.status === 'published'
    await payload.create({
      collection: 'articles',
      context,
      draft: !isPublished,
      data: {
        _status: article.status,
        title: article.title,
        slug: article.slug,
        dek: article.dek,
        body: resolveShowRefs(resolveCharacterTags(article.body, characterIds), showIds),
        heroImage: hero.id,
        authors: [authors[index % authors.length].id],
        shows: article.shows.map((slug) => showIds.get(slug)!),
        spoilerWarnings: article.spoilerWarnings.map(({ show, ...rest }) => ({
          show: showIds.get(show)!,
          ...rest,
        })),
        publishedAt: isPublished
          ? new Date(now - article.publishedDaysAgo * DAY_MS).toISOString()
          : undefined,
      },
    })
  }
  log(
    `articles: ${seedArticles.length} (${seedArticles.filter((a) => a.status === 'draft').length} draft)`,
  )
  return { isSeeded: true }
}
