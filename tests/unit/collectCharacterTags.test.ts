import { describe, expect, it } from 'vitest'

import {
  collectCharacterIds,
  collectCharacterTags,
} from '@/lexical/characterTag/shared/collectCharacterTags'
import { bulletList, doc, paragraph, quote, text } from '@/seed/lexical'

import { tagged } from '../helpers/lexical'

describe('collectCharacterIds', () => {
  it('should return distinct ids in order of first tag', () => {
    const state = doc(
      paragraph(
        tagged(3, 'Danny Rand'),
        ' meets ',
        tagged(1, 'Luke'),
        ' and ',
        tagged(3, 'Iron Fist'),
      ),
    )
    expect(collectCharacterIds(state)).toEqual([3, 1])
  })

  it('should find tags nested in lists, quotes, links, tables and block fields', () => {
    const table = {
      type: 'table',
      version: 1,
      children: [
        {
          type: 'tablerow',
          version: 1,
          children: [{ type: 'tablecell', version: 1, children: [paragraph(tagged(5, 'Misty'))] }],
        },
      ],
    }
    const linkWithTag = {
      type: 'link',
      version: 3,
      fields: { url: 'https://x.test' },
      children: [tagged(6, 'Claire')],
    }
    const block = {
      type: 'block',
      version: 2,
      fields: {
        blockType: 'spoiler',
        content: doc(paragraph(tagged('65a1f0c2e4b0a1b2c3d4e5f6', 'Bushmaster'))),
      },
    }
    const state = doc(
      bulletList([tagged(2, 'Jessica')]),
      quote(tagged(4, 'Colleen')),
      table,
      paragraph(linkWithTag),
      block,
    )
    expect(collectCharacterIds(state)).toEqual([2, 4, 5, 6, '65a1f0c2e4b0a1b2c3d4e5f6'])
  })

  it('should keep the words as written for each tag', () => {
    expect(collectCharacterTags(doc(paragraph(tagged(3, 'Iron Fist'))))).toEqual([
      { characterId: 3, text: 'Iron Fist' },
    ])
  })

  it.each([
    ['null', null],
    ['a string', 'not json'],
    ['a number', 42],
    ['a root without children', { root: {} }],
    ['children that are not arrays', { root: { children: 'nope' } }],
    [
      'a tag without an id',
      { root: { children: [{ type: 'characterTag', children: [text('x')] }] } },
    ],
    [
      'a tag with an empty id',
      { root: { children: [{ type: 'characterTag', characterId: '  ' }] } },
    ],
  ])('should return nothing, without throwing, for %s', (_label, input) => {
    expect(collectCharacterIds(input)).toEqual([])
  })

  it('should survive absurdly deep nesting', () => {
    let node: Record<string, unknown> = tagged(9, 'deep')
    for (let i = 0; i < 10_000; i += 1) node = { type: 'paragraph', children: [node] }
    expect(() => collectCharacterIds({ root: node })).not.toThrow()
  })

  it('should ignore a populated character object left on a tag', () => {
    const withPopulated = {
      ...tagged(3, 'Danny'),
      character: { id: 99, type: 'characterTag', characterId: 99 },
    }
    expect(collectCharacterIds(doc(paragraph(withPopulated)))).toEqual([3])
  })
})
