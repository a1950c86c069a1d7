import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { retargetCharacterTags } from '@/lexical/characterTag/shared/retargetCharacterTags'
import type { Article } from '@/payload-types'

import { findArticlesTagging } from './findArticlesTagging'

type MergeCharacterArgs = {
  req: PayloadRequest
  fromId: number | string
  intoId: number | string
}

export type MergeResult = { retargetedArticles: number; deletedId: number | string }

/**
 * Moves every tag of a duplicate character to the one it duplicates, in published articles
 * and in their newest drafts, keeps the duplicate's names as aliases of the target, then
 * deletes the duplicate. Saves go through the normal article hooks, so the derived
 * `characters` index and the public pages are refreshed as for any edit.
 */
export const mergeCharacter = async (args: MergeCharacterArgs): Promise<MergeResult> => {
  // One transaction where the adapter has them (MongoDB replica sets; SQLite only with
  // `transactionOptions`, which we leave off, see docs/architecture.md): a merge that
  // fails half-way leaves every tag as it was.
  const shouldCommit = await initTransaction(args.req)
  try {
    const result = await retargetAndDelete(args)
    if (shouldCommit) await commitTransaction(args.req)
    return result
  } catch (error) {
    await killTransaction(args.req)
    throw error
  }
}

const retargetAndDelete = async ({
  req,
  fromId,
  intoId,
}: MergeCharacterArgs): Promise<MergeResult> => {
  const { payload } = req
  if (String(fromId) === String(intoId)) {
    throw new APIError('Choose a different character to merge into.', 400, null, true)
  }
  const [from, into] = await Promise.all([
    payload.findByID({ collection: 'characters', id: fromId, depth: 0, disableErrors: true, req }),
    payload.findByID({ collection: 'characters', id: intoId, depth: 0, disableErrors: true, req }),
  ])
  if (!from || !into)
    throw new APIError('Both characters must exist to merge them.', 404, null, true)

  const articles = await findArticlesTagging({ payload, characterId: from.id, req })
  for (const { id } of articles) {
    const main = await payload.findByID({ collection: 'articles', id, depth: 0, req })
    const [latest] = (
      await payload.findVersions({
        collection: 'articles',
        where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
        depth: 0,
        limit: 1,
        req,
      })
    ).docs
    const hasNewerDraft = main._status === 'published' && latest?.version._status === 'draft'

    if (main._status === 'published') {
      const body = retargetCharacterTags(main.body, from.id, into.id)
      if (body !== main.body) {
        await payload.update({ collection: 'articles', id, data: { body }, req })
      }
    }
    // A never-published article lives as a draft; a published one may have a newer draft.
    // Either way the newest draft is saved again, so it stays the latest version.
    const draftSource: Article | undefined =
      main._status === 'draft' ? main : hasNewerDraft ? (latest.version as Article) : undefined
    if (draftSource) {
      const body = retargetCharacterTags(draftSource.body, from.id, into.id)
      if (body !== draftSource.body) {
        await payload.update({ collection: 'articles', id, draft: true, data: { body }, req })
      }
    }
  }

  const knownNames = new Set(
    [into.name, ...(into.aliases ?? []).map((a) => a.alias)].map((n) => n.toLowerCase()),
  )
  const newAliases = [from.name, ...(from.aliases ?? []).map((a) => a.alias)].filter(
    (name) => !knownNames.has(name.toLowerCase()),
  )
  if (newAliases.length > 0) {
    await payload.update({
      collection: 'characters',
      id: into.id,
      data: { aliases: [...(into.aliases ?? []), ...newAliases.map((alias) => ({ alias }))] },
      req,
    })
  }

  await payload.delete({ collection: 'characters', id: from.id, req })
  return { retargetedArticles: articles.length, deletedId: from.id }
}
