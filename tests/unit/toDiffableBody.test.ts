import { describe, expect, it } from 'vitest'

import { collectDiffNameIds, toDiffableBody } from '@/lexical/diff/toDiffableBody'
import { doc, paragraph, spoiler, spoilerBlock, tag } from '@/seed/lexical'

const names = {
  characters: new Map([
    ['7', 'Danny Rand'],
    ['8', 'Luke Cage'],
  ]),
  shows: new Map([['3', 'Luke Cage']]),
}
const body = JSON.parse(
  JSON.stringify(
    doc(
      paragraph('Then ', tag('x', 'Iron Fist'), ' and ', tag('y', 'Luke Cage'), '.'),
      paragraph('Later ', spoiler('Misty loses her arm', { show: 3, season: 2 }), '.'),
      spoilerBlock([paragraph('Danny builds her a new one.')]),
    ),
  )
    .replace('"slug:x"', '7')
    .replace('"slug:y"', '8'),
)

/** Every text of a state, in order, as the diff would print it. */
const texts = (state: unknown): string =>
  JSON.stringify(state)
    .match(/"text":"[^"]*"/g)!
    .map((m) => m.slice(8, -1))
    .join('')

describe('the body as Payload’s version diff sees it (issue 13, item 9)', () => {
  const diffable = toDiffableBody(body, names)

  it('should leave none of our node types for the diff to draw as chips', () => {
    expect(JSON.stringify(diffable)).not.toMatch(
      /"type":"(characterTag|inlineSpoiler)"|"blockType":"spoiler"/,
    )
  })

  it('should keep tagged words as links to the character, naming it when the words differ', () => {
    expect(texts(diffable)).toContain('Then Iron Fist (→ Danny Rand) and Luke Cage.')
    expect(JSON.stringify(diffable)).toContain('"doc":{"relationTo":"characters","value":7}')
  })

  it('should keep spoiler words between markers that name the scope', () => {
    expect(texts(diffable)).toContain('Later [Spoiler (Luke Cage S2): Misty loses her arm].')
    expect(texts(diffable)).toContain(
      '[Spoiler section:]Danny builds her a new one.[End of spoiler section]',
    )
  })

  it('should collect the ids whose names the diff prints', () => {
    expect(collectDiffNameIds([body, null])).toEqual({
      characters: new Set(['7', '8']),
      shows: new Set(['3']),
    })
  })
})
