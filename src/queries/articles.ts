import 'server-only'

import { unstable_cache } from 'next/cache'
import { headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { TAGS } from '@/cache/cacheTags'
import { WITH_SPOILER_CONTEXT } from '@/lexical/spoiler/shared/spoilerContext'
import type { Article } from '@/payload-types'

import { payloadClient } from './payloadClient'

const HOME_PAGE_SIZE = 20

/** Fields a list item shows; everything else stays in the database. */
const listSelect = {
  title: true,
  slug: true,
  dek: true,
  heroImage: true,
  publishedAt: true,
  authors: true,
  // The card's spoiler badge, as every other list of articles has.
  spoilerWarnings: true,
} as const

export type ArticleListItem = Pick<
  Article,
  | 'id'
  | 'title'
  | 'slug'
  | 'dek'
  | 'heroImage'
  | 'publishedAt'
  | 'populatedAuthors'
  | 'spoilerWarnings'
>

/** Latest published articles, newest first. Reads as an anonymous reader. */
export const getLatestArticles = unstable_cache(
  async (): Promise<ArticleListItem[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { _status: { equals: 'published' } },
      sort: '-publishedAt',
      limit: HOME_PAGE_SIZE,
      depth: 1,
      select: listSelect,
      populate: { shows: { title: true } },
    })
    return docs as ArticleListItem[]
  },
  ['latest-articles'],
  { tags: [TAGS.articleLists] },
)

/**
 * One article as `user` may read it: with a staff member, their newest draft under their own
 * access; without one, a reader's published article.
 */
const findArticleBySlug = async (slug: string, user: TypedUser | null): Promise<Article | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    user,
    draft: Boolean(user),
    where: user
      ? { slug: { equals: slug } }
      : { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 2,
    // The page names the shows its spoilers are scoped to (see populateSpoilerContext).
    context: { [WITH_SPOILER_CONTEXT]: true },
  })
  return docs[0] ?? null
}

/**
 * One read per request for each (slug, draft) pair: the page and its `generateMetadata` both
 * ask, and a cache miss would otherwise read the article twice (React's per-request `cache`).
 */
const readArticleBySlug = cache(async (slug: string, isDraft: boolean): Promise<Article | null> => {
  if (isDraft) {
    const payload = await payloadClient()
    const { user } = await payload.auth({ headers: await headers() })
    if (user) return findArticleBySlug(slug, user)
  }
  return unstable_cache(() => findArticleBySlug(slug, null), ['article-by-slug', slug], {
    tags: [TAGS.articleSlug(slug)],
  })()
})

/**
 * One article by slug. Published reads are cached under the slug's tag; draft-mode reads by a
 * signed-in staff member never touch the shared cache, so a draft can never be served to a
 * reader. Draft mode without a session (its cookie outlived a logout or an expired login) is
 * a reader's read: asking for drafts without a user found only drafts no reader may see, and
 * turned every live article with a newer draft into a 404.
 */
export const getArticleBySlug = (
  slug: string,
  { isDraft = false }: { isDraft?: boolean } = {},
): Promise<Article | null> => readArticleBySlug(slug, isDraft)

/**
 * Slug and last change of every published article, for static generation and the sitemap's
 * `<lastmod>`. Autosaved drafts live in the versions, so `updatedAt` moves only when readers'
 * version does. Cached with the other article lists.
 */
export const getPublishedArticleEntries = unstable_cache(
  async (): Promise<Array<{ slug: string; updatedAt: string }>> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { _status: { equals: 'published' } },
      select: { slug: true, updatedAt: true },
      pagination: false,
      depth: 0,
    })
    return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
  },
  ['published-article-entries'],
  { tags: [TAGS.articleLists] },
)

/**
 * The current slug of the published article that used to live at `slug` (its
 * `previousSlugs`), or null. Cached under the old slug's tag, which a re-slug expires.
 */
export const getRenamedArticleSlug = (slug: string): Promise<string | null> =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'articles',
        overrideAccess: false,
        where: {
          and: [{ 'previousSlugs.slug': { equals: slug } }, { _status: { equals: 'published' } }],
        },
        select: { slug: true },
        sort: '-publishedAt',
        limit: 1,
        depth: 0,
      })
      return docs[0]?.slug ?? null
    },
    ['article-renamed-from', slug],
    { tags: [TAGS.articleSlug(slug)] },
  )()
