import type { Payload, TypedUser } from 'payload'

/** One article as the dashboard lists it. */
export type DashboardItem = {
  id: number | string
  title: string
  when: string
  /** For scheduled items: whether the job publishes or unpublishes. */
  action?: 'publish' | 'unpublish'
}

const LIMIT = 6

type ReadArgs = { payload: Payload; user: TypedUser | null }

/**
 * The newest drafts this user may read (their own for writers, everyone's for editors), by
 * their last save. Blank "Create New" drafts are left out, as in the list.
 */
export const findRecentDrafts = async ({ payload, user }: ReadArgs): Promise<DashboardItem[]> => {
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    where: {
      and: [
        { _status: { equals: 'draft' } },
        { or: [{ isBlank: { equals: false } }, { isBlank: { exists: false } }] },
      ],
    },
    sort: '-updatedAt',
    limit: LIMIT,
    depth: 0,
    select: { title: true, updatedAt: true },
    overrideAccess: false,
    user,
  })
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title || 'Untitled draft',
    when: doc.updatedAt,
  }))
}

type ScheduleInput = { type?: string; doc?: { relationTo?: string; value?: number | string } }

/**
 * Articles with a publish or unpublish scheduled and not yet run, soonest first. Jobs are
 * readable by nobody (Payload's default), so they are read as the system and then narrowed
 * to the articles this user may read.
 */
export const findScheduled = async ({ payload, user }: ReadArgs): Promise<DashboardItem[]> => {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: LIMIT * 2,
    depth: 0,
    overrideAccess: true,
  })
  const planned = jobs
    .map((job) => ({ input: job.input as ScheduleInput | null, when: job.waitUntil }))
    .filter(({ input, when }) => input?.doc?.relationTo === 'articles' && when)
  if (planned.length === 0) return []
  const { docs: articles } = await payload.find({
    collection: 'articles',
    draft: true,
    where: { id: { in: planned.map(({ input }) => input!.doc!.value!) } },
    select: { title: true },
    depth: 0,
    limit: planned.length,
    overrideAccess: false,
    user,
  })
  const titles = new Map(articles.map((article) => [String(article.id), article]))
  return planned
    .filter(({ input }) => titles.has(String(input!.doc!.value)))
    .slice(0, LIMIT)
    .map(({ input, when }) => {
      const article = titles.get(String(input!.doc!.value))!
      return {
        id: article.id,
        title: article.title || 'Untitled draft',
        when: when!,
        action: input!.type === 'unpublish' ? 'unpublish' : 'publish',
      }
    })
}
