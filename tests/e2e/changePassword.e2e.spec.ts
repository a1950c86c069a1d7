import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test'

import { loginToAdmin } from '../helpers/login'
import { adminApi, deleteDocuments, E2E_STAFF_PASSWORD } from '../helpers/staffApi'
import { E2E_BASE_URL } from './env'

/** docs/security.md "Credential changes": the admin's own form asks for the current password. */
test.describe('changing one’s password in the admin', () => {
  let api: APIRequestContext
  const userIds: Array<number | string> = []
  const email = `password-${Date.now().toString(36)}@example.com`
  const newPassword = 'a-brand-new-passphrase'

  test.beforeAll(async () => {
    api = await adminApi()
    const created = await api.post('/api/users', {
      data: { email, name: 'Password Changer', password: E2E_STAFF_PASSWORD, roles: ['writer'] },
    })
    expect(created.status()).toBe(201)
    userIds.push(((await created.json()) as { doc: { id: number | string } }).doc.id)
  })

  test.afterAll(async () => {
    await deleteDocuments(api, 'users', userIds)
    await api.dispose()
  })

  test('should ask for the current password, then change it', async ({ page }) => {
    // The admin validates each change on the server (a debounced form-state request, a POST to
    // the page itself); a Save clicked before its answer arrives does nothing. So each step
    // waits for that answer, not for a quiet network, which can come before the request starts.
    const formState = () =>
      page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' && response.url().includes('/admin/account'),
      )
    await loginToAdmin({ page, email, password: E2E_STAFF_PASSWORD })
    await page.goto('/admin/account')
    await page.locator('#change-password').click()
    await page.locator('#field-password').fill(newPassword)
    const confirmed = formState()
    await page.locator('#field-confirm-password').fill(newPassword)
    await confirmed
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Enter your current password').first()).toBeVisible()

    const withCurrent = formState()
    await page.locator('#field-currentPassword').fill(E2E_STAFF_PASSWORD)
    await withCurrent
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Updated successfully').first()).toBeVisible()

    const client = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL })
    const login = await client.post('/api/users/login', { data: { email, password: newPassword } })
    expect(login.status()).toBe(200)
    await client.dispose()
  })
})
