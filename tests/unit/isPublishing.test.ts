import { describe, expect, it } from 'vitest'

import { isPublishing } from '@/utilities/isPublishing'

describe('isPublishing', () => {
  it.each([
    ['published'],
    ['PUBLISHED'],
    ['archived'],
    [''],
    [null],
    [['published']],
    [{ equals: 'published' }],
  ])('should treat the status %j as publishing', (status) => {
    expect(isPublishing({ _status: status })).toBe(true)
  })

  it('should treat an exact draft or no status as not publishing', () => {
    expect(isPublishing({ _status: 'draft' })).toBe(false)
    expect(isPublishing({ title: 'x' })).toBe(false)
    expect(isPublishing(undefined)).toBe(false)
  })
})
