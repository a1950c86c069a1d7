import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isJobsAutoRunEnabled, SCHEDULE_PUBLISH_QUEUE } from '@/jobs/jobsConfig'
import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const body = doc(paragraph('Scheduled body text.')) as Article['body']

describe(`scheduled publishing through the jobs queue (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const articleIds: Array<number | string> = []
  const jobIds: Array<number | string> = []

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    if (jobIds.length > 0) {
      await payload.delete({ collection: 'payload-jobs', where: { id: { in: jobIds } } })
    }
    if (articleIds.length > 0) {
      await payload.delete({
        collection: 'articles',
        where: { id: { in: articleIds } },
        context: testContext,
      })
    }
    await deleteStaff(payload, [editor])
  })

  it('should run the scheduled-publish queue every minute unless PAYLOAD_JOBS_AUTORUN is off', () => {
    const autoRun = payload.config.jobs.autoRun
    expect(Array.isArray(autoRun)).toBe(true)
    expect(autoRun).toEqual([
      expect.objectContaining({ cron: '* * * * *', queue: SCHEDULE_PUBLISH_QUEUE }),
    ])
    expect(isJobsAutoRunEnabled({})).toBe(true)
    for (const off of ['false', '0', 'OFF'])
      expect(isJobsAutoRunEnabled({ PAYLOAD_JOBS_AUTORUN: off })).toBe(false)
  })

  it('should publish a scheduled draft when the jobs run after its time, and not before', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: `Scheduled ${suffix}`, dek: 'Summary.', body, _status: 'draft' },
      draft: true,
      context: testContext,
    })
    articleIds.push(draft.id)
    const publishAt = new Date(Date.now() + 3_000)
    // The same job the admin's schedule drawer queues: no queue named, the scheduling user kept.
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: editor.user.id },
      },
      waitUntil: publishAt,
    })
    jobIds.push(job.id)
    expect(job.queue ?? 'default').toBe(SCHEDULE_PUBLISH_QUEUE)

    const status = async () =>
      (await payload.findByID({ collection: 'articles', id: draft.id, depth: 0, draft: true }))
        ._status
    await payload.jobs.run({ queue: SCHEDULE_PUBLISH_QUEUE })
    expect(await status()).toBe('draft')

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 200))
    await payload.jobs.run({ queue: SCHEDULE_PUBLISH_QUEUE })
    const published = await payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(published.docs[0]?._status).toBe('published')
    expect(published.docs[0]?.publishedAt).toBeTruthy()
    // Payload deletes a job once it completes (jobs.deleteJobOnComplete defaults to true).
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
  it("should cancel a deleted article's scheduled publish, so no later article inherits it", async () => {
    const schedule = async (id: Article['id']) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          // As the admin's schedule drawer stores it: the id from the URL, as text.
          doc: { relationTo: 'articles', value: String(id) as unknown as Article['id'] },
          user: { relationTo: 'users', value: editor.user.id },
        },
        waitUntil: new Date(Date.now() + 7 * 24 * 3600_000),
      })
    const pending = async (id: number | string) =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'schedulePublish' } },
          pagination: false,
          depth: 0,
        })
      ).docs
        .filter((job) => {
          const input = job.input as { doc?: { value?: number | string } } | null
          return String(input?.doc?.value) === String(id)
        })
        .map((job) => job.id)

    const doomed = await payload.create({
      collection: 'articles',
      data: { title: `Doomed ${suffix}`, dek: 'Summary.', body, _status: 'draft' },
      draft: true,
      context: testContext,
    })
    const job = await schedule(doomed.id)
    jobIds.push(job.id)
    const other = await payload.create({
      collection: 'articles',
      data: { title: `Kept ${suffix}`, dek: 'Summary.', body, _status: 'draft' },
      draft: true,
      context: testContext,
    })
    articleIds.push(other.id)
    const kept = await schedule(other.id)
    jobIds.push(kept.id)

    expect(await pending(doomed.id)).toEqual([job.id])
    // As the admin deletes: over REST, where the id arrives as text.
    const deleted = await rest({
      method: 'DELETE',
      path: `/articles/${doomed.id}`,
      headers: editor.headers,
    })
    expect(deleted.status).toBe(200)
    // SQLite gives a new row the highest id again: a leftover job would publish that article.
    expect(await pending(doomed.id)).toEqual([])
    expect(await pending(other.id)).toEqual([kept.id])
  })
})
