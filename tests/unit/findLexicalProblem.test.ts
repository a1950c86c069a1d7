import { describe, expect, it } from 'vitest'

import { doc, paragraph, spoilerBlock } from '@/seed/lexical'
import { CORE_LEXICAL_NODE_TYPES, findLexicalProblem } from '@/utilities/findLexicalProblem'

const known = new Set([...CORE_LEXICAL_NODE_TYPES, 'heading', 'block'])

describe('findLexicalProblem', () => {
  it('should accept a well-formed document of known nodes', () => {
    expect(findLexicalProblem(doc(paragraph('Hello.')), known)).toBeUndefined()
  })

  it.each([
    ['a string', 'not json'],
    ['null', null],
    ['an array', []],
    ['an object without root', { foo: 1 }],
    ['a root of the wrong type', { root: { type: 'paragraph', children: [] } }],
    ['a root without children', { root: { type: 'root' } }],
  ])('should refuse %s as not a Lexical document', (_label, value) => {
    expect(findLexicalProblem(value, known)).toMatch(/Rich text/)
  })

  it('should name an unknown node type and where it is', () => {
    const value = doc(paragraph('Hi'), { type: 'scriptNode', version: 1 })
    expect(findLexicalProblem(value, known)).toBe(
      'Rich text node type "scriptNode" at root.children[1] is not supported by this editor.',
    )
  })

  it("should look inside a spoiler section's nested editor by the same rules", () => {
    const inSection = doc(spoilerBlock([paragraph('Fine'), { type: 'scriptNode', version: 1 }]))
    expect(findLexicalProblem(inSection, known)).toBe(
      'Rich text node type "scriptNode" at root.children[0].fields.content.root.children[1] is not supported by this editor.',
    )
    const badRoot = doc({ ...spoilerBlock([]), fields: { content: { root: { type: 'x' } } } })
    expect(findLexicalProblem(badRoot, known)).toMatch(/fields\.content\.root is not a "root"/)
  })

  it('should refuse a node without a type and children that are not a list', () => {
    expect(findLexicalProblem(doc({ version: 1 } as never), known)).toMatch(/not an object/)
    const badChildren = { root: { type: 'root', children: [{ type: 'paragraph', children: 1 }] } }
    expect(findLexicalProblem(badChildren, known)).toMatch(/not a list/)
  })

  it('should refuse absurdly deep nesting instead of recursing without end', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' }
    for (let level = 0; level < 200; level++) node = { type: 'paragraph', children: [node] }
    expect(findLexicalProblem({ root: { type: 'root', children: [node] } }, known)).toMatch(
      /nested more than/,
    )
  })
})
