import { describe, expect, it } from 'vitest'

import { pageNumber } from '@/utilities/pageNumber'

describe('pageNumber (the ?page= of a browse index)', () => {
  it('should read a missing or empty page as the first', () => {
    expect(pageNumber(undefined)).toBe(1)
    expect(pageNumber('')).toBe(1)
  })

  it('should read a plain positive whole number, and the first of repeated values', () => {
    expect(pageNumber('2')).toBe(2)
    expect(pageNumber(['3', '9'])).toBe(3)
  })

  it('should refuse anything else rather than guess', () => {
    for (const value of ['0', '-1', '2.5', 'abc', '1e3', '02', ' 2', '9999999']) {
      expect(pageNumber(value), value).toBeNull()
    }
  })
})
