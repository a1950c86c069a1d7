import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph } from '../../src/seed/lexical'
import { E2E_BASE_URL } from '../e2e/env'

export const E2E_STAFF_PASSWORD = 'correct-horse-battery'

/**
 * A REST client signed in as the seeded demo account (an admin and editor), sending the
 * Origin a browser would, because Payload honours cookies only from a trusted Origin.
 */
export const adminApi = async (): Promise<APIRequestContext> => {
  const api = await playwrightRequest.newContext({
    baseURL: E2E_BASE_URL,
    extraHTTPHeaders: { Origin: E2E_BASE_URL },
  })
  const login = await api.post('/api/users/login', {
    data: { email: DEMO_EDITOR.email, password: DEMO_EDITOR.password },
  })
  expect(login.status()).toBe(200)
  return api
}

type Created = { id: number | string; email: string; name: string }

/** Creates an editor account; remove it with `deleteDocuments(api, 'users', ids)`. */
export const createEditor = async (api: APIRequestContext, name: string): Promise<Created> => {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}@example.com`
  const response = await api.post('/api/users', {
    data: { email, name, password: E2E_STAFF_PASSWORD, roles: ['editor'] },
  })
  expect(response.status(), `creating ${email}`).toBe(201)
  const { doc: user } = (await response.json()) as { doc: { id: number | string } }
  return { id: user.id, email, name }
}

/**
 * Creates a never-published draft article with a unique title (and a one-line body, unless
 * given one) and returns its id and slug.
 */
export const createDraftArticle = async (
  api: APIRequestContext,
  title: string,
  body: ReturnType<typeof doc> = doc(paragraph('Test body text.')),
): Promise<{ id: number | string; slug: string }> => {
  const response = await api.post('/api/articles?draft=true', {
    data: { title, dek: 'A test summary.', body },
  })
  expect(response.status(), `creating "${title}"`).toBe(201)
  const { doc: article } = (await response.json()) as { doc: { id: number | string; slug: string } }
  return { id: article.id, slug: article.slug }
}

export const deleteDocuments = async (
  api: APIRequestContext,
  collection: string,
  ids: Array<number | string>,
): Promise<void> => {
  for (const id of ids) {
    // Cleanup must not trip over a lock a test's closed editor tab still holds (REST enforces locks).
    const response = await api.delete(`/api/${collection}/${id}?overrideLock=true`)
    expect(response.status(), `deleting ${collection}/${id}`).toBe(200)
  }
}

/** A draft article made through `setUpStaffApi`. */
export type DraftArticle = Awaited<ReturnType<typeof createDraftArticle>>

/** What `setUpStaffApi` gives a describe block's tests. */
export type StaffApiSetup = {
  /** The signed-in staff API; available once the tests run (after `beforeAll`). */
  api: () => APIRequestContext
  /** Creates a draft article that is deleted after the block's tests. */
  createDraft: (title: string, body?: ReturnType<typeof doc>) => Promise<DraftArticle>
  /** Deletes after the block's tests an article the test made some other way (in the admin). */
  keepArticle: (id: number | string) => void
}

/**
 * Call inside `test.describe`: signs the staff API in before the block's tests, and after
 * them deletes the drafts they made and disposes of the API.
 */
export const setUpStaffApi = (): StaffApiSetup => {
  let api: APIRequestContext | undefined
  const articleIds: Array<number | string> = []

  test.beforeAll(async () => {
    api = await adminApi()
  })

  test.afterAll(async () => {
    if (!api) return
    await deleteDocuments(api, 'articles', articleIds)
    await api.dispose()
  })

  const signedIn = (): APIRequestContext => {
    if (!api) throw new Error('setUpStaffApi: the staff API is only ready inside tests')
    return api
  }

  return {
    api: signedIn,
    createDraft: async (title, body) => {
      const article = await createDraftArticle(signedIn(), title, body)
      articleIds.push(article.id)
      return article
    },
    keepArticle: (id) => {
      articleIds.push(id)
    },
  }
}
