import { expect, type Page } from '@playwright/test'

type LoginArgs = { page: Page; email: string; password: string }

/** Signs in through the real /admin login form and waits for the dashboard. */
export const loginToAdmin = async ({ page, email, password }: LoginArgs): Promise<void> => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}
