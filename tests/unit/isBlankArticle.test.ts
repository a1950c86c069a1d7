import { describe, expect, it } from 'vitest'

import { isBlankArticle, isBodyBlank } from '@/collections/Articles/isBlankArticle'
import { doc, paragraph } from '@/seed/lexical'

describe('blank "Create New" drafts (issue 13, item 11)', () => {
  it('should call an article with nothing written blank', () => {
    expect(isBlankArticle({})).toBe(true)
    expect(isBlankArticle({ title: '  ', dek: '', body: doc(paragraph('')), shows: [] })).toBe(true)
  })

  it('should not call anything an editor wrote blank', () => {
    expect(isBlankArticle({ title: 'A headline' })).toBe(false)
    expect(isBlankArticle({ dek: 'A dek.' })).toBe(false)
    expect(isBlankArticle({ body: doc(paragraph('One word.')) })).toBe(false)
    expect(isBlankArticle({ heroImage: 3 })).toBe(false)
    expect(isBlankArticle({ shows: [1] })).toBe(false)
    expect(isBlankArticle({ spoilerWarnings: [{ show: 1 }] })).toBe(false)
  })

  it('should never call a published article blank, even emptied', () => {
    expect(isBlankArticle({ publishedAt: '2026-01-01T00:00:00.000Z' })).toBe(false)
  })

  it('should count a body with any non-text node (an image, a block) as content', () => {
    expect(isBodyBlank(doc({ type: 'upload', version: 3, value: 1, relationTo: 'media' }))).toBe(
      false,
    )
    expect(isBodyBlank(doc(paragraph(''), paragraph('')))).toBe(true)
    expect(isBodyBlank(undefined)).toBe(true)
  })
})
