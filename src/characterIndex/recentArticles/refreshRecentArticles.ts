import type { PayloadRequest, Where } from 'payload'
import { extractID } from 'payload/shared'

import type { DocumentId as Id } from '@/utilities/documentId'
import type { Article } from '@/payload-types'
import { normalizeDocumentId } from '@/utilities/normalizeDocumentId'

import { applyArticleChange } from './applyArticleChange'
import { toRecentArticle } from './entry'
import {
  findStoredRecentArticles,
  readRecentArticlesFromArticles,
  storedArticles,
  writeRecentArticles,
} from './store'

/**
 * Brings the recent articles of every character that shows, or should show, one article up
 * to date with what readers now see of it. Called after every save and delete of an article.
 *
 * The public state is the article document, not the saved data: a draft saved over a
 * published article changes nothing readers see. Cost: one read of the article by id, one
 * read of the affected recent articles, and one write per character whose set changed. Only
 * when an article leaves a full set is that character's set read again from the articles.
 */
export const refreshRecentArticles = async ({
  articleId,
  req,
}: {
  articleId: Id
  req: PayloadRequest
}): Promise<void> => {
  const { payload } = req
  const current = (await payload.db.findOne({
    collection: 'articles',
    where: { id: { equals: articleId } },
    req,
  })) as Article | null
  const isPublic = current?._status === 'published'
  const entry = isPublic ? toRecentArticle(current) : null
  const tagged = new Set(
    isPublic ? (current.characters ?? []).map((c) => String(extractID(c))) : [],
  )

  const listing: Where = { 'articles.articleId': { equals: String(articleId) } }
  const found = await findStoredRecentArticles(
    payload,
    tagged.size > 0 ? { or: [listing, { character: { in: [...tagged] } }] } : listing,
    req,
  )
  const byCharacter = new Map(found.map((stored) => [String(stored.character), stored]))
  for (const key of new Set([...byCharacter.keys(), ...tagged])) {
    const stored = byCharacter.get(key)
    const update = applyArticleChange(
      storedArticles(stored),
      String(articleId),
      tagged.has(key) ? entry : null,
    )
    const characterId = stored ? stored.character : (normalizeDocumentId(payload, key) ?? key)
    if (update.incomplete) {
      const articles = await readRecentArticlesFromArticles(payload, characterId, req)
      await writeRecentArticles({ payload, characterId, stored, articles, req })
    } else if (update.changed) {
      await writeRecentArticles({ payload, characterId, stored, articles: update.articles, req })
    }
  }
}
