import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph } from '../../src/seed/lexical'
import { E2E_MONGO_BASE_URL, E2E_MONGO_PORT } from './env'

/**
 * Issue 13, "a clean log": Lexical's development build warned of an anti-pattern (a command
 * dispatched from a read-only update) on every tag action. Its production build drops the
 * warning, so this test drives `next dev`, as a newcomer's `npm run dev` does, on the second
 * E2E port and the same seeded database, and reads the browser console.
 */
const root = path.resolve(import.meta.dirname, '../..')
const dataDir = path.join(root, '.tmp/e2e')

let devServer: ChildProcess | undefined

const waitForServer = async (url: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (devServer?.exitCode !== null && devServer?.exitCode !== undefined)
      throw new Error(`next dev exited with ${devServer.exitCode}`)
    const answered = await fetch(url).then(
      (response) => response.status < 500,
      () => false,
    )
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  throw new Error(`next dev did not answer ${url} within ${timeoutMs / 1000} s`)
}

test.describe('the development console while tagging', () => {
  // `next dev` compiles each admin page on first request: minutes on a busy machine.
  test.describe.configure({ timeout: 15 * 60_000 })
  // A control that never appears fails in minutes, not at the end of the whole budget.
  test.use({ baseURL: E2E_MONGO_BASE_URL, actionTimeout: 2 * 60_000 })

  test.beforeAll(async () => {
    test.setTimeout(10 * 60_000)
    devServer = spawn('npx', ['next', 'dev', '-p', String(E2E_MONGO_PORT), '-H', '127.0.0.1'], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
        MEDIA_DIR: path.join(dataDir, 'media'),
        PAYLOAD_SECRET: 'e2e-test-secret-not-for-production',
        SITE_URL: E2E_MONGO_BASE_URL,
        PORT: String(E2E_MONGO_PORT),
        PAYLOAD_JOBS_AUTORUN: 'false',
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'development',
      },
    })
    await waitForServer(`${E2E_MONGO_BASE_URL}/admin/login`, 9 * 60_000)
  })

  test.afterAll(() => {
    // The whole group: npx, next and its workers.
    if (devServer?.pid) process.kill(-devServer.pid, 'SIGTERM')
  })

  test('should print no Lexical warning when tagging with the toolbar and picker, "@", "Tag all" and "Untag"', async ({
    page,
  }) => {
    const warnings: string[] = []
    page.on('console', (message) => {
      if (
        ['warning', 'error'].includes(message.type()) &&
        /lexical|updateEditorSync|anti-pattern/i.test(message.text())
      )
        warnings.push(message.text().slice(0, 300))
    })
    await page.goto('/admin/login', { timeout: 5 * 60_000 })
    await page.locator('#field-email').fill(DEMO_EDITOR.email)
    await page.locator('#field-password').fill(DEMO_EDITOR.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 5 * 60_000 })

    const created = await page.request.post('/api/articles?draft=true', {
      headers: { Origin: E2E_MONGO_BASE_URL },
      data: {
        title: `Clean console ${Date.now().toString(36)}`,
        dek: 'A dek.',
        body: doc(paragraph('Claire Temple meets Colleen Wing and Misty Knight.')),
      },
    })
    expect(created.status()).toBe(201)
    const { doc: article } = (await created.json()) as { doc: { id: number } }
    const editor = (p: Page) => p.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
    try {
      await page.goto(`/admin/collections/articles/${article.id}`, { timeout: 5 * 60_000 })
      await expect(editor(page)).toContainText('Misty Knight', { timeout: 5 * 60_000 })
      await page.waitForLoadState('networkidle')

      // Toolbar button, then the picker.
      await editor(page).click()
      await page.keyboard.press('Control+Home')
      for (let i = 0; i < 'Claire Temple'.length; i += 1)
        await page.keyboard.press('Shift+ArrowRight')
      // Payload's class for the item, so the test reads the console whatever the button's name.
      await page.locator('.toolbar-popup__button-characterTag').first().click()
      await expect(page.getByRole('dialog', { name: /Tag “Claire Temple”/ })).toBeVisible()
      await page.keyboard.press('Enter')
      await expect(editor(page).locator('.character-tag')).toHaveText(['Claire Temple'])

      // "@", "Tag all", and "Untag" on a tag's card.
      await page.keyboard.press('End')
      await page.keyboard.type(' Then @Dan')
      await page.keyboard.press('Enter')
      await page.getByRole('button', { name: /^Tag all/ }).click()
      await expect(editor(page).locator('.character-tag')).toHaveCount(4)
      await editor(page).locator('.character-tag').first().click()
      await page.getByRole('button', { name: 'Untag' }).click()
      await expect(editor(page).locator('.character-tag')).toHaveCount(3)
      await page.waitForTimeout(2_000)
      expect(warnings).toEqual([])
    } finally {
      await page.request.delete(`/api/articles/${article.id}`, {
        headers: { Origin: E2E_MONGO_BASE_URL },
      })
    }
  })
})
