import { describe, expect, it } from 'vitest'

import { pagingProblem, wholeNumberProblem } from '@/plugins/requestLimits/pagingProblem'

const read = (query: Record<string, unknown>, isIdLookup = false) =>
  pagingProblem({ query, isRead: true, isIdLookup, maxDepth: 10 })

describe('pagingProblem', () => {
  it('should accept what the admin and a paging client send', () => {
    expect(read({ page: '2', limit: '100', depth: '0', draft: 'true', pagination: 'true' })).toBe(
      undefined,
    )
    expect(read({})).toBe(undefined)
  })

  it.each([
    [{ limit: '0' }, /"limit" must be a whole number from 1 to 100/],
    [{ limit: '101' }, /from 1 to 100/],
    [{ limit: '-1' }, /from 1 to 100/],
    [{ pagination: 'false' }, /"pagination=false" is not allowed/],
    [{ page: '99999999999999999999' }, /"page" must be a whole number from 1 to 1000000/],
    [{ depth: '11' }, /"depth" must be a whole number from 0 to 10/],
    [{ draft: 'yes' }, /"draft" must be true or false/],
  ])('should refuse %j', (query, message) => {
    expect(read(query)).toMatch(message)
  })

  it('should let a lookup by id, and a bulk write, ask for more than a page', () => {
    expect(read({ limit: '250' }, true)).toBe(undefined)
    expect(read({ pagination: 'false' }, true)).toBe(undefined)
    expect(
      pagingProblem({ query: { limit: '0' }, isRead: false, isIdLookup: false, maxDepth: 10 }),
    ).toBe(undefined)
  })
})

describe('wholeNumberProblem', () => {
  it('should take numbers and digit strings only', () => {
    expect(wholeNumberProblem({ name: 'n', value: 5, min: 1, max: 9 })).toBe(undefined)
    expect(wholeNumberProblem({ name: 'n', value: '1.5', min: 1 })).toMatch(/1 or more, not "1.5"/)
    expect(wholeNumberProblem({ name: 'n', value: ['1'], min: 1 })).toMatch(/not \["1"\]/)
  })
})
