import type { CollectionAfterChangeHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { afterCommit } from '@/db/afterCommit'

import { hasTransactions, injectedFault, useHookInjection } from '../helpers/faults'
import { adapterName, testContext } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { useWriteFixtures } from '../helpers/writeFixtures'

/**
 * The page cache is told about a save through `afterCommit` (issue 11): once the save's
 * transaction commits, never for one that rolled back, and at once where there is no
 * transaction (FerretDB).
 */
describe(`telling the page cache about saves (${adapterName()})`, () => {
  const fx = useWriteFixtures('announce-editor')
  const faults = useHookInjection(() => fx.payload)
  const injectAfterChange = (slug: 'articles' | 'characters', hook: CollectionAfterChangeHook) =>
    faults.inject(slug, 'afterChange', hook)
  // afterChange runs after the main row (and its array rows and version) is written.
  const failAfterWrite = injectedFault

  it('should tell the page cache about every save, by the time the save answers', async () => {
    let told = 0
    injectAfterChange('articles', ({ doc: saved, req }) => {
      afterCommit(req, () => {
        told += 1
      })
      return saved
    })
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${fx.published.id}`,
      headers: fx.authed(),
      body: { dek: `Told ${fx.suffix}` },
    })
    expect(response.status).toBe(200)
    // With a transaction, once it commits; without one (FerretDB), at once.
    expect(told).toBe(1)
  })

  it.runIf(hasTransactions())(
    'should tell the page cache about a save only after it committed, and never about a failed one',
    async () => {
      const seen: string[] = []
      // What a reader's request would read at the moment the cache is told: no `req`, so
      // outside the save's transaction.
      const announce: CollectionAfterChangeHook = ({ doc: saved, req }) => {
        afterCommit(req, () => {
          seen.push('told')
          void fx.payload
            .findByID({ collection: 'articles', id: saved.id, depth: 0 })
            .then((read) => seen.push(read.title))
        })
        return saved
      }
      injectAfterChange('articles', announce)
      const title = `Atomic announced ${fx.suffix}`
      const saved = await rest({
        method: 'PATCH',
        path: `/articles/${fx.published.id}`,
        headers: fx.authed(),
        body: { title },
      })
      expect(saved.status).toBe(200)
      await expect.poll(() => seen).toEqual(['told', title])

      injectAfterChange('articles', failAfterWrite)
      seen.length = 0
      const failed = await rest({
        method: 'PATCH',
        path: `/articles/${fx.published.id}`,
        headers: fx.authed(),
        body: { title: `Atomic never announced ${fx.suffix}` },
      })
      expect(failed.status).toBe(500)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(seen).toEqual([])
      // Put the title back for the tests below, without the injected hooks.
      faults.removeAll()
      await fx.payload.update({
        collection: 'articles',
        id: fx.published.id,
        data: { title: fx.published.title },
        context: testContext,
      })
    },
  )
})
