import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { edgeVcl } from '../../scripts/edge/edgeVcl.mjs'
import { addEdgeKeys, edgeKeys } from '../../src/cache/edgeKeys.mjs'
import { purgeBatches } from '../../src/cache/purgeEdge.mjs'

const page = (tags: string) => ({
  kind: 'APP_PAGE',
  headers: { 'x-next-cache-tags': tags } as Record<string, unknown>,
})

describe('edge keys (what the edge purges a page by)', () => {
  it("should give a page exactly its cache tags as xkey keys, Next's implicit path tags included", () => {
    const value = page(
      'article-slug:luke,character:7,character-articles:7,shows,_N_T_/articles/luke',
    )
    addEdgeKeys(value)
    expect(value.headers.xkey).toBe(
      'article-slug:luke character:7 character-articles:7 shows _N_T_/articles/luke',
    )
  })

  it('should key route handler responses (the feed, the sitemap) the same way', () => {
    const value = { kind: 'APP_ROUTE', headers: { 'x-next-cache-tags': 'articles' } }
    addEdgeKeys(value)
    expect(value.headers).toMatchObject({ xkey: 'articles' })
  })

  it('should leave data entries and untagged responses alone', () => {
    const data = { kind: 'FETCH', data: {}, headers: { 'x-next-cache-tags': 'articles' } }
    addEdgeKeys(data)
    expect(data.headers).not.toHaveProperty('xkey')
    const untagged = { kind: 'APP_PAGE', headers: {} }
    addEdgeKeys(untagged)
    expect(untagged.headers).not.toHaveProperty('xkey')
    expect(addEdgeKeys(null)).toBeNull()
  })

  it('should drop tags xkey would split into other keys, and repeats', () => {
    expect(edgeKeys(['a', 'b c', 'd,e', 'a', ' ', 'f'])).toEqual(['a', 'f'])
  })

  it('should split a large purge into requests under the header limit without losing a key', () => {
    const keys = Array.from({ length: 2_000 }, (_, i) => `article-slug:an-article-slug-${i}`)
    const batches = purgeBatches(keys)
    expect(batches.length).toBeGreaterThan(1)
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(6_000)
    expect(batches.join(' ').split(' ')).toEqual(keys)
  })
})

describe('deploy/varnish/default.vcl', () => {
  it('should be the generated VCL for one instance at 127.0.0.1:3000', () => {
    expect(fs.readFileSync('deploy/varnish/default.vcl', 'utf8')).toBe(
      edgeVcl({ backends: [{ host: '127.0.0.1', port: 3000 }] }),
    )
  })
})
