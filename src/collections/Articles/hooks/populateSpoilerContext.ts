import type { FieldHook } from 'payload'

import { collectSpoilerScopes } from '@/lexical/spoiler/shared/collectSpoilerScopes'
import { toSpoilerScope } from '@/lexical/spoiler/shared/toSpoilerScope'
import { type SpoilerContext, WITH_SPOILER_CONTEXT } from '@/lexical/spoiler/shared/spoilerContext'
import type { Article } from '@/payload-types'

/**
 * Fills the virtual `spoilerContext`: every show a warning or a spoiler in the body points
 * at (title and season premieres) and the site's spoiler policy. Computed on read because
 * both can change without the article changing.
 *
 * Only for reads that ask (`context: { withSpoilerContext: true }`, the public article
 * page): it costs two queries, and every other read (the admin's, each save's response,
 * lists) would pay them for nothing.
 */
export const populateSpoilerContext: FieldHook<Article, SpoilerContext | undefined> = async ({
  data,
  req,
}) => {
  if (!req.context?.[WITH_SPOILER_CONTEXT]) return undefined
  const scopes = [
    ...(data?.spoilerWarnings ?? []).map(toSpoilerScope),
    ...collectSpoilerScopes(data?.body),
  ]
  const ids = [...new Set(scopes.flatMap((scope) => (scope ? [String(scope.show)] : [])))]
  const [shows, policy] = await Promise.all([
    ids.length === 0
      ? Promise.resolve({ docs: [] })
      : req.payload.find({
          collection: 'shows',
          where: { id: { in: ids } },
          select: { title: true, seasons: true },
          depth: 0,
          limit: ids.length,
          pagination: false,
          overrideAccess: false,
          req,
        }),
    req.payload.findGlobal({ slug: 'spoiler-policy', depth: 0, overrideAccess: false, req }),
  ])
  return {
    shows: shows.docs.map((show) => ({
      id: show.id,
      title: show.title,
      seasons: (show.seasons ?? []).map(({ number, premiereDate }) => ({ number, premiereDate })),
    })),
    policy: {
      softenAfterDays: typeof policy.softenAfterDays === 'number' ? policy.softenAfterDays : null,
    },
  }
}
