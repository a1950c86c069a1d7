import type { CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * Cancels a deleted article's scheduled publishes and unpublishes. Payload does this itself
 * (`deleteScheduledPublishJobs`), but matches the job's `input.doc.value` against the id as
 * a number, while the admin's schedule drawer stores it as text: on SQLite the JSON values
 * never compare equal, so the job stayed. SQLite then gives the next new article the same id,
 * and the leftover job would publish it, unreviewed, at the old time. Runs in the delete's
 * transaction; written through the adapter, as Payload's own cleanup is, since a job's
 * access rules ask about a document that no longer exists.
 */
export const cancelScheduledPublishes: CollectionAfterDeleteHook<Article> = async ({
  id,
  req,
}) => {
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    req,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { 'input.doc.relationTo': { equals: 'articles' } },
        { 'input.doc.value': { equals: String(id) } },
      ],
    },
  })
}
