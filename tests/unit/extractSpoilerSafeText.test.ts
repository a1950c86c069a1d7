import { describe, expect, it } from 'vitest'

import { collectSpoilerTexts } from '@/lexical/spoiler/shared/collectSpoilerTexts'
import { extractSpoilerSafeText } from '@/lexical/spoiler/shared/extractSpoilerSafeText'
import { findSpoilerRepeats } from '@/lexical/spoiler/shared/findSpoilerRepeats'
import {
  bulletList,
  doc,
  heading,
  link,
  paragraph,
  quote,
  spoiler,
  spoilerBlock,
  tag,
  text,
} from '@/seed/lexical'

const SECRET = 'Misty loses her right arm'

describe('extractSpoilerSafeText', () => {
  it('should return the text of every block, separated by single spaces', () => {
    const state = doc(
      heading('h2', 'Who is in it?'),
      paragraph('Luke is   dating ', tag('claire-temple', 'Claire'), '.'),
      bulletList(['one'], ['two']),
    )
    expect(extractSpoilerSafeText(state)).toBe('Who is in it? Luke is dating Claire. one two')
  })

  it('should drop inline spoilers nested anywhere', () => {
    const state = doc(
      paragraph('Before ', spoiler(SECRET), ' after.'),
      quote('Quoted ', spoiler(['Danny offers ', tag('danny-rand', 'Danny'), ' an arm']), '.'),
      bulletList([
        link('https://example.com', 'a link'),
        ' and ',
        spoiler(SECRET, { show: 1, season: 2 }),
      ]),
    )
    const extracted = extractSpoilerSafeText(state)
    expect(extracted).toBe('Before after. Quoted . a link and')
    expect(extracted).not.toContain('Misty')
    expect(extracted).not.toContain('arm')
  })

  it('should drop spoiler sections and never read other block fields', () => {
    const state = doc(
      paragraph('Safe.'),
      spoilerBlock([paragraph(SECRET)], { show: 1, season: 2 }),
      { type: 'block', version: 2, fields: { blockType: 'pullQuote', text: 'hidden field' } },
    )
    expect(extractSpoilerSafeText(state)).toBe('Safe.')
  })

  it('should drop spoilers inside tables and unknown wrappers', () => {
    const state = doc({
      type: 'table',
      version: 1,
      children: [
        {
          type: 'tablerow',
          version: 1,
          children: [
            { type: 'tablecell', version: 1, children: [paragraph('cell ', spoiler(SECRET))] },
          ],
        },
      ],
    })
    expect(extractSpoilerSafeText(state)).toBe('cell')
  })

  it('should tolerate malformed input', () => {
    expect(extractSpoilerSafeText(null)).toBe('')
    expect(extractSpoilerSafeText(undefined)).toBe('')
    expect(extractSpoilerSafeText('not json')).toBe('')
    expect(extractSpoilerSafeText(42)).toBe('')
    expect(extractSpoilerSafeText({ root: { children: 'nope' } })).toBe('')
    expect(extractSpoilerSafeText({ root: { children: [null, { text: 5 }, text('ok')] } })).toBe(
      'ok',
    )
    expect(extractSpoilerSafeText(JSON.stringify(doc(paragraph('as a string'))))).toBe(
      'as a string',
    )
  })

  it('should survive very deep nesting', () => {
    let node: Record<string, unknown> = text('deep')
    for (let depth = 0; depth < 5000; depth++) node = { type: 'quote', children: [node] }
    expect(() => extractSpoilerSafeText({ root: node })).not.toThrow()
  })

  it('should turn line breaks and tabs into spaces', () => {
    const state = doc(
      paragraph(
        'one',
        { type: 'linebreak', version: 1 },
        'two',
        { type: 'tab', version: 1 },
        'three',
      ),
    )
    expect(extractSpoilerSafeText(state)).toBe('one two three')
  })

  it('should truncate on a word boundary with an ellipsis', () => {
    const state = doc(paragraph('Colleen helps with the therapy, and Danny offers an arm.'))
    expect(extractSpoilerSafeText(state, { maxLength: 31 })).toBe('Colleen helps with the therapy…')
    expect(extractSpoilerSafeText(state, { maxLength: 20 })).toBe('Colleen helps with…')
    expect(extractSpoilerSafeText(state, { maxLength: 200 })).toBe(
      'Colleen helps with the therapy, and Danny offers an arm.',
    )
    for (const maxLength of [0, 1, 5, 12, 33, 55]) {
      expect(extractSpoilerSafeText(state, { maxLength }).length).toBeLessThanOrEqual(maxLength)
    }
    expect(extractSpoilerSafeText(doc(paragraph('Supercalifragilistic')), { maxLength: 6 })).toBe(
      'Super…',
    )
  })
})

describe('collectSpoilerTexts and findSpoilerRepeats', () => {
  const state = doc(
    paragraph('Safe ', spoiler('Colleen helps Misty with physical therapy'), '.'),
    spoilerBlock([paragraph('Danny offers her a mechanical arm')]),
  )

  it('should collect the text of every spoiler, inline and block', () => {
    expect(collectSpoilerTexts(state)).toEqual([
      'Colleen helps Misty with physical therapy',
      'Danny offers her a mechanical arm',
    ])
  })

  it('should find a dek that repeats four words of a spoiler, ignoring case and punctuation', () => {
    const spoilers = collectSpoilerTexts(state)
    expect(findSpoilerRepeats('Why Danny offers her a MECHANICAL arm!', spoilers)).toContain(
      'danny offers her a',
    )
    expect(findSpoilerRepeats('Colleen helps out. Misty returns.', spoilers)).toEqual([])
  })

  it('should match a short spoiler only whole', () => {
    expect(findSpoilerRepeats('In the end Misty dies.', ['Misty dies'])).toEqual(['misty dies'])
    expect(findSpoilerRepeats('Misty diesel', ['Misty dies'])).toEqual([])
  })
})
