import { describe, expect, it } from 'vitest'

import { lexicalText } from '@/lexical/shared/lexicalText'
import { collectSpoilerTexts } from '@/lexical/spoiler/shared/collectSpoilerTexts'
import { doc, paragraph, spoiler, spoilerBlock, tag, text } from '@/seed/lexical'

describe('lexicalText', () => {
  it('should keep words joined across formatting, links and tags, and blocks apart', () => {
    const state = doc(
      paragraph('Mis', text('ty', 'bold'), ' meets ', tag('x', 'Iron Fist'), '.'),
      spoilerBlock([paragraph('Inside'), paragraph('the section')]),
      paragraph('After'),
    )
    expect(lexicalText(state)).toBe('Misty meets Iron Fist. Inside the section After')
  })

  it('should leave out what the caller skips, with everything inside it', () => {
    const state = doc(paragraph('Safe ', spoiler(['hidden ', tag('x', 'Misty')]), ' words'))
    expect(lexicalText(state, { skip: (node) => node.type === 'inlineSpoiler' })).toBe('Safe words')
  })

  it("should read a spoiler's words as written, never a populated show", () => {
    const section = spoilerBlock([paragraph('Misty loses', text(' her arm', 'italic'))], {
      show: { title: 'Luke Cage' } as never,
      season: 2,
    })
    expect(collectSpoilerTexts(doc(section))).toEqual(['Misty loses her arm'])
  })
})
