import { APIError, type PayloadRequest } from 'payload'

import { inTransaction } from '@/db/inTransaction'

import { retargetCharacterTags } from '@/lexical/characterTag/shared/retargetCharacterTags'
import type { Article } from '@/payload-types'

import { findArticlesTagging } from './findArticlesTagging'

type MergeCharacterArgs = {
  req: PayloadRequest
  fromId: number | string
  intoId: number | string
}

export type MergeResult = { retargetedArticles: number; deletedId: number | string }

/** Fields a save stamps itself; sending the stored ones back would only trip the stale-save check. */
const withoutStamps = ({ id: _id, createdAt: _c, updatedAt: _u, ...fields }: Article) => fields

/**
 * Retargets one article's tags where readers and editors meet them: the published document
 * (as published: a save without the whole document would publish the newer draft's other
 * changes, since Payload builds an update on the newest version) and the newest draft (the
 * article row of a draft keeps its first save; its current text lives in the newest version).
 */
const retargetArticle = async ({
  req,
  id,
  fromId,
  intoId,
}: {
  req: PayloadRequest
  id: number | string
  fromId: number | string
  intoId: number | string
}): Promise<void> => {
  const { payload } = req
  const main = await payload.findByID({ collection: 'articles', id, depth: 0, draft: false, req })
  const [latest] = (
    await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      depth: 0,
      limit: 1,
      req,
    })
  ).docs
  const draft = latest?.version._status === 'draft' ? (latest.version as Article) : undefined

  let isRepublished = false
  if (main._status === 'published') {
    const body = retargetCharacterTags(main.body, fromId, intoId)
    if (body !== main.body) {
      const data = { ...withoutStamps(main), body, _status: 'published' as const }
      await payload.update({ collection: 'articles', id, data, req })
      isRepublished = true
    }
  }
  if (!draft) return
  const body = retargetCharacterTags(draft.body, fromId, intoId)
  // Saved again even when unchanged if the publish above made a newer version, so the draft
  // stays the newest version, as the editor left it.
  if (body === draft.body && !isRepublished) return
  const data = { ...withoutStamps(draft), body, _status: 'draft' as const }
  await payload.update({ collection: 'articles', id, draft: true, data, req })
}

/**
 * Moves every tag of a duplicate character to the one it duplicates, in published articles
 * and in their newest drafts, keeps the duplicate's names as aliases of the target, then
 * deletes the duplicate. Saves go through the normal article hooks, so the derived
 * `characters` index and the public pages are refreshed as for any edit.
 */
export const mergeCharacter = (args: MergeCharacterArgs): Promise<MergeResult> =>
  // One transaction where the adapter has them (SQLite, and MongoDB replica sets; not
  // FerretDB, see docs/mongodb.md): a merge that fails half-way leaves every tag as it was.
  inTransaction({ req: args.req }, () => retargetAndDelete(args))

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
  for (const { id } of articles)
    await retargetArticle({ req, id, fromId: from.id, intoId: into.id })

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

  try {
    await payload.delete({ collection: 'characters', id: from.id, req })
  } catch (error) {
    // The delete's own refusal points editors at merging, which is what they are doing.
    if ((error as { status?: number }).status !== 409) throw error
    throw new APIError(
      `The merge stopped: "${from.name}" is still tagged after moving its tags (another save may have added a tag meanwhile). Nothing was changed; try the merge again.`,
      409,
      null,
      true,
    )
  }
  return { retargetedArticles: articles.length, deletedId: from.id }
}
