import { describe, expect, it } from 'vitest'

import { failureReason, isSaveOfDocument } from '@/components/admin/SaveStatus/saveOutcome'

describe('what the admin calls a failed save (issue 13, item 2)', () => {
  const article = { apiRoute: '/api', collectionSlug: 'articles', id: 7 }

  it('should recognise every save of this document, and nothing else', () => {
    const save = (method: string, url: string) => isSaveOfDocument({ ...article, method, url })
    expect(save('PATCH', '/api/articles/7?autosave=true&draft=true')).toBe(true)
    expect(save('PATCH', 'http://127.0.0.1:3000/api/articles/7?draft=true')).toBe(true)
    expect(save('PATCH', '/api/articles/8?draft=true')).toBe(false)
    expect(save('POST', '/api/articles/7/versions')).toBe(false)
    expect(save('GET', '/api/articles/7')).toBe(false)
    expect(
      isSaveOfDocument({ ...article, id: undefined, method: 'POST', url: '/api/articles' }),
    ).toBe(true)
  })

  it('should give the server’s own words, naming a field when the error has one', () => {
    expect(
      failureReason(413, '', { errors: [{ message: 'Multipart limit has been reached' }] }),
    ).toBe('Multipart limit has been reached')
    expect(
      failureReason(400, 'Bad Request', {
        errors: [
          {
            message: 'The following field is invalid: Slug',
            data: { errors: [{ label: 'Slug', message: 'The slug "x" is already used.' }] },
          },
        ],
      }),
    ).toBe('Slug: The slug "x" is already used.')
    expect(failureReason(409, '', { message: 'Changed by someone else' })).toBe(
      'Changed by someone else',
    )
    expect(failureReason(502, 'Bad Gateway', null)).toBe('the server answered 502 Bad Gateway')
  })
})
