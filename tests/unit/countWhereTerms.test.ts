import { describe, expect, it } from 'vitest'

import { countWhereTerms } from '@/plugins/requestLimits/countWhereTerms'

describe('countWhereTerms', () => {
  it('should count each condition once', () => {
    expect(countWhereTerms({ _status: { equals: 'published' } })).toBe(1)
    expect(countWhereTerms({ and: [{ a: { equals: 1 } }, { b: { exists: true } }] })).toBe(2)
  })

  it('should count the values of an in-list, as an array or a comma-separated string', () => {
    expect(countWhereTerms({ id: { in: [1, 2, 3] } })).toBe(3)
    expect(countWhereTerms({ id: { in: '1,2,3,4' } })).toBe(4)
  })

  it('should stop counting soon after the limit on a huge query', () => {
    const huge = { or: Array.from({ length: 10_000 }, (_, i) => ({ id: { equals: i } })) }
    const count = countWhereTerms(huge, 1000)
    expect(count).toBeGreaterThan(1000)
    expect(count).toBeLessThan(1100)
  })
})
