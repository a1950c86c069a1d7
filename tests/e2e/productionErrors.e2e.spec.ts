import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminApi } from '../helpers/staffApi'

type ErrorBody = {
  errors?: Array<{
    name?: string
    message?: string
    data?: { errors?: Array<{ path?: string; message?: string }> }
  }>
}

/**
 * A refused save under `next start` says which field and why, as it does in development: the
 * admin marks the field from `data.errors`, and a REST client reads the reason there. The
 * production build used to drop `data`: Payload recognises its errors with `instanceof`, and
 * the server held two copies of Payload's classes (one bundled for src/instrumentation.ts,
 * whose Payload instance every request used, one per route bundle).
 */
test.describe('refused saves under next start', () => {
  let api: APIRequestContext

  test.beforeAll(async () => {
    api = await adminApi()
  })

  test.afterAll(async () => {
    await api.dispose()
  })

  const fieldErrors = async (path: string, data: Record<string, unknown>) => {
    const response = await api.post(path, { data })
    expect(response.status()).toBe(400)
    const [first] = ((await response.json()) as ErrorBody).errors ?? []
    expect(first?.name).toBe('ValidationError')
    return first?.data?.errors ?? []
  }

  test("should name the field and the reason for Payload's own checks", async () => {
    const errors = await fieldErrors('/api/shows', {})
    expect(errors).toContainEqual(expect.objectContaining({ path: 'title' }))
  })

  test('should name the field and the reason for our own checks', async () => {
    const errors = await fieldErrors('/api/articles', { title: 'Odd status', _status: 'PUBLISHED' })
    const status = errors.find((error) => error.path === '_status')
    expect(status?.message).toMatch(/draft|published/)
  })
})
