import { describe, expect, it } from 'vitest'

import { safeHref } from '@/utilities/safeHref'

describe('safeHref', () => {
  it.each([
    'https://www.example.com/tv?x=1',
    'http://example.com',
    'mailto:tips@example.com',
    'tel:+15551234567',
    '/characters/claire-temple',
    '#section-2',
  ])('should keep the safe URL %s', (url) => {
    expect(safeHref(url)).toBe(url)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    '/\\evil.example',
    'no-scheme-here',
    '',
  ])('should turn the unsafe URL %j into #', (url) => {
    expect(safeHref(url)).toBe('#')
  })

  it('should turn a non-string into #', () => {
    expect(safeHref(undefined)).toBe('#')
    expect(safeHref({ url: 'x' })).toBe('#')
  })
})
