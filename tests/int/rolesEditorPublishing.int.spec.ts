import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { useArticlesAs } from '../helpers/articlesAs'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

/** What an editor may do with a writer's articles: edit, publish (now or scheduled), delete. */
describe(`roles: an editor publishing over REST (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const { articleData, createAs, patchAs, stored } = useArticlesAs(() => payload, suffix)

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await deleteStaff(payload, [writer, editor])
  })

  it('should not publish when a writer schedules a publish, but should when an editor does', async () => {
    const schedule = async (staff: StaffMember, id: Article['id']) => {
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'articles', value: id },
          user: { relationTo: 'users', value: staff.user.id },
        },
        waitUntil: new Date(Date.now() - 1000),
      })
      await payload.jobs.runByID({ id: job.id })
      await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    }
    const { doc: byWriter } = await createAs(writer, articleData('Scheduled'), '?draft=true')
    await schedule(writer, byWriter!.id)
    expect((await stored(byWriter!.id))._status).toBe('draft')

    await schedule(editor, byWriter!.id)
    expect((await stored(byWriter!.id))._status).toBe('published')
  })

  it("should let an editor edit and publish a writer's draft", async () => {
    const { doc: draft } = await createAs(writer, articleData('Needs an edit'), '?draft=true')
    const response = await patchAs(editor, draft!.id, {
      title: `Edited ${suffix}`,
      _status: 'published',
    })
    expect(response.status).toBe(200)
    const article = await stored(draft!.id)
    expect(article._status).toBe('published')
    expect(article.title).toBe(`Edited ${suffix}`)
    expect(article.publishedAt).toBeTruthy()
  })

  it('should let an editor delete an article', async () => {
    const { doc: draft } = await createAs(writer, articleData('Spiked'), '?draft=true')
    const response = await rest({
      method: 'DELETE',
      path: `/articles/${draft!.id}`,
      headers: editor.headers,
    })
    expect(response.status).toBe(200)
  })
})
