import { describe, expect, it } from 'vitest'

import { walkLexicalJson } from '@/lexical/shared/walkLexicalJson'
import { doc, link, paragraph, spoiler, spoilerBlock, tag } from '@/seed/lexical'

const typesIn = (state: unknown, options: { skipType?: string } = {}) => {
  const types: unknown[] = []
  walkLexicalJson({
    state,
    visit: (node) => {
      if (typeof node.type === 'string') types.push(node.type)
      return options.skipType && node.type === options.skipType ? 'skip' : undefined
    },
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

  it('should stay out of a node the visitor skips, and out of populated relations', () => {
    const populated = { ...tag('y', 'Misty'), character: { type: 'characterTag', children: [] } }
    const scoped = spoiler('words', { show: { type: 'show' } as never, season: 2 })
    const state = doc(paragraph(spoiler(tag('x', 'Danny')), populated, scoped))
    expect(typesIn(state, { skipType: 'text' })).toEqual([
      'root',
      'paragraph',
      'inlineSpoiler',
      'characterTag',
      'text',
      'characterTag',
      'text',
      'inlineSpoiler',
      'text',
    ])
    expect(typesIn(state, { skipType: 'inlineSpoiler' })).toEqual([
      'root',
      'paragraph',
      'inlineSpoiler',
      'characterTag',
      'text',
      'inlineSpoiler',
    ])
  })

  it('should give each node its path and depth, into nested editors, and stop when told', () => {
    const state = doc(paragraph('a'), spoilerBlock([paragraph('b')]))
    const places: string[] = []
    walkLexicalJson({
      state,
      visit: (node, { depth, path }) => {
        places.push(`${depth} ${path}`)
        return node.text === 'b' ? 'stop' : undefined
      },
    })
    expect(places).toEqual([
      '0 root',
      '1 root.children[0]',
      '2 root.children[0].children[0]',
      '1 root.children[1]',
      '2 root.children[1].fields.content.root',
      '3 root.children[1].fields.content.root.children[0]',
      '4 root.children[1].fields.content.root.children[0].children[0]',
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
