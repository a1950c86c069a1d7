import type { Payload } from 'payload'
import { afterAll } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { testContext } from './payload'
import { rest } from './rest'
import type { StaffMember } from './staff'

type Id = number | string

const body = doc(paragraph('Body text.')) as Article['body']

/**
 * Article requests as one staff member over REST, for the role tests. Every article they
 * create is deleted in `afterAll` (registered here), even when a test failed. Call inside
 * `describe`.
 */
export const useArticlesAs = (payload: () => Payload, suffix: string) => {
  const articleIds: Id[] = []

  afterAll(async () => {
    if (articleIds.length === 0) return
    await payload().delete({
      collection: 'articles',
      where: { id: { in: articleIds } },
      context: testContext,
    })
  })

  const articleData = (title: string) => ({ title: `${title} ${suffix}`, dek: 'Summary.', body })

  const createAs = async (staff: StaffMember, data: Record<string, unknown>, query = '') => {
    const response = await rest({
      method: 'POST',
      path: `/articles${query}`,
      body: data,
      headers: staff.headers,
    })
    const json = (await response.json()) as { doc?: Article }
    if (json.doc) articleIds.push(json.doc.id)
    return { status: response.status, doc: json.doc }
  }

  const patchAs = (staff: StaffMember, id: Id, data: object, query = '') =>
    rest({ method: 'PATCH', path: `/articles/${id}${query}`, body: data, headers: staff.headers })

  /** The article as stored, draft included. */
  const stored = (id: Id) =>
    payload().findByID({ collection: 'articles', id, depth: 0, draft: true })

  /** Records an article made some other way, for the cleanup. */
  const keepArticle = (id: Id) => articleIds.push(id)

  return { articleData, createAs, patchAs, stored, keepArticle }
}
