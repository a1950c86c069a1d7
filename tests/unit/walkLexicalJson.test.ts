import { describe, expect, it } from 'vitest'

import { walkLexicalJson } from '@/lexical/shared/walkLexicalJson'
import { doc, link, paragraph, spoiler, spoilerBlock, tag } from '@/seed/lexical'

const typesIn = (state: unknown, options: { ignoreKeys?: string[]; skipType?: string } = {}) => {
  const types: unknown[] = []
  walkLexicalJson({
    state,
    visit: (node) => {
      if (typeof node.type === 'string') types.push(node.type)
      return options.skipType && node.type === options.skipType ? 'skip' : undefined
    },
    ignoreKeys: options.ignoreKeys,
  })
  return types
}

describe('walkLexicalJson', () => {
  it('should reach nodes in links, spoilers and the nested editors of blocks, in order', () => {
    const state = doc(
      paragraph(link('https://example.com', 'a link'), spoiler(tag('x', 'Danny'))),
      spoilerBlock([paragraph('inside')]),
    )
    expect(typesIn(state)).toEqual([
      'root',
      'paragraph',
      'link',
      'text',
      'inlineSpoiler',
      'characterTag',
      'text',
      'block',
      'root',
      'paragraph',
      'text',
    ])
  })

  it("should stay out of a node the visitor skips and out of ignored keys' values", () => {
    const state = doc(
      paragraph(spoiler(tag('x', 'Danny')), { ...tag('y', 'Misty'), character: { type: 'x' } }),
    )
    expect(typesIn(state, { skipType: 'inlineSpoiler', ignoreKeys: ['character'] })).toEqual([
      'root',
      'paragraph',
      'inlineSpoiler',
      'characterTag',
      'text',
    ])
  })

  it('should stop at a depth no real document reaches, without throwing', () => {
    let deep: Record<string, unknown> = { type: 'leaf' }
    for (let level = 0; level < 500; level += 1) deep = { type: 'wrap', children: [deep] }
    const types = typesIn(deep)
    expect(types).not.toContain('leaf')
    expect(types.length).toBeGreaterThan(50)
  })
})
