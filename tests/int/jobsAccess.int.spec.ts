import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const body = doc(paragraph('Scheduled body.')) as Article['body']

/** SECURITY.md #22: scheduling, cancelling and running jobs follow the publish rights. */
describe(`jobs: scheduling, cancelling and running (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let editor: StaffMember
  let draft: Article
  const suffix = uniqueSuffix()
  const startedAt = new Date().toISOString()

  /** The request the admin's server functions get for a signed-in user. */
  const adminRequestOf = (staff: StaffMember) =>
    createLocalReq({ user: { ...staff.user, collection: 'users' } }, payload)

  const scheduledJobs = async () =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: 'schedulePublish' } },
            { 'input.doc.value': { equals: String(draft.id) } },
          ],
        },
        depth: 0,
      })
    ).docs

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    editor = await createStaff({ payload, role: 'editor', suffix })
    draft = await payload.create({
      collection: 'articles',
      context: testContext,
      draft: true,
      data: { title: `To schedule ${suffix}`, dek: 'Summary.', body, authors: [writer.user.id] },
    })
  })

  afterAll(async () => {
    // Also the empty job Payload's drawer queues after each cancel.
    await payload.delete({
      collection: 'payload-jobs',
      where: { createdAt: { greater_than_equal: startedAt } },
    })
    await payload.delete({ collection: 'articles', id: draft.id, context: testContext })
    await deleteStaff(payload, [writer, editor])
  })

  it('should refuse the jobs runner endpoints to anyone who cannot publish', async () => {
    for (const path of ['/payload-jobs/run', '/payload-jobs/handle-schedules']) {
      expect((await rest({ method: 'GET', path })).status, `${path} anonymous`).toBe(401)
      const byWriter = await rest({ method: 'GET', path, headers: writer.headers })
      expect(byWriter.status, `${path} as a writer`).toBe(401)
    }
    const byEditor = await rest({
      method: 'GET',
      path: '/payload-jobs/run',
      headers: editor.headers,
    })
    expect(byEditor.status).toBe(200)
  })

  it('should not let a writer cancel an editor’s scheduled publish, and let the editor', async () => {
    const scheduled = await schedulePublishHandler({
      type: 'publish',
      date: new Date(Date.now() + 60 * 60 * 1000),
      doc: { relationTo: 'articles', value: String(draft.id) },
      req: await adminRequestOf(editor),
    } as Parameters<typeof schedulePublishHandler>[0])
    expect(scheduled).toMatchObject({ message: expect.any(String) })
    const [job] = await scheduledJobs()
    expect(job).toBeDefined()

    const byWriter = await schedulePublishHandler({
      deleteID: job!.id,
      req: await adminRequestOf(writer),
    } as Parameters<typeof schedulePublishHandler>[0])
    expect(byWriter).toMatchObject({ error: expect.stringContaining(String(job!.id)) })
    expect((await scheduledJobs()).map(({ id }) => id)).toContain(job!.id)

    const byEditor = await schedulePublishHandler({
      deleteID: job!.id,
      req: await adminRequestOf(editor),
    } as Parameters<typeof schedulePublishHandler>[0])
    expect(byEditor).not.toHaveProperty('error')
    expect((await scheduledJobs()).map(({ id }) => id)).not.toContain(job!.id)
  })
})
