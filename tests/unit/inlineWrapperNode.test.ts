import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import {
  $getRoot,
  $isElementNode,
  type LexicalNode,
  type SerializedEditorState,
} from '@payloadcms/richtext-lexical/lexical'
import { describe, expect, it } from 'vitest'

import { CharacterTagNode } from '@/lexical/characterTag/nodes/CharacterTagNode'
import { InlineWrapperNode } from '@/lexical/shared/InlineWrapperNode'
import { InlineSpoilerNode } from '@/lexical/spoiler/inline/nodes/InlineSpoilerNode'
import { doc, paragraph, spoiler, tag } from '@/seed/lexical'

const state = doc(
  paragraph(
    'Before ',
    { ...tag('x', 'Danny'), characterId: 7 },
    ' and ',
    spoiler('the twist', { show: 3, season: 2 }),
    ' then ',
    spoiler('unscoped'),
  ),
)

const editorWithBothNodes = () =>
  createHeadlessEditor({
    nodes: [CharacterTagNode, InlineSpoilerNode],
    onError: (error) => {
      throw error
    },
  })

const wrappersIn = (node: LexicalNode): InlineWrapperNode[] =>
  $isElementNode(node)
    ? node
        .getChildren()
        .flatMap((child) => [
          ...(child instanceof InlineWrapperNode ? [child] : []),
          ...wrappersIn(child),
        ])
    : []

describe('InlineWrapperNode subclasses', () => {
  it('should keep the data of each node when Lexical clones it for an edit', () => {
    const editor = editorWithBothNodes()
    editor.setEditorState(editor.parseEditorState(state as unknown as SerializedEditorState))
    // Making a node writable clones it through its own static clone().
    editor.update(() => wrappersIn($getRoot()).forEach((node) => node.getWritable()), {
      discrete: true,
    })
    expect(editor.getEditorState().toJSON()).toEqual(state)
  })

  it('should read and write stored JSON unchanged', () => {
    const editor = editorWithBothNodes()
    const parsed = editor.parseEditorState(state as unknown as SerializedEditorState)
    expect(parsed.toJSON()).toEqual(state)
  })

  it('should give both nodes the inline-wrapper behaviour', () => {
    const editor = editorWithBothNodes()
    const parsed = editor.parseEditorState(state as unknown as SerializedEditorState)
    const wrappers = parsed.read(() =>
      wrappersIn($getRoot()).map((node) => ({
        type: node.getType(),
        isInline: node.isInline(),
        canBeEmpty: node.canBeEmpty(),
        canInsertTextBefore: node.canInsertTextBefore(),
        canInsertTextAfter: node.canInsertTextAfter(),
      })),
    )
    const behaviour = {
      isInline: true,
      canBeEmpty: false,
      canInsertTextBefore: false,
      canInsertTextAfter: false,
    }
    expect(wrappers).toEqual([
      { type: 'characterTag', ...behaviour },
      { type: 'inlineSpoiler', ...behaviour },
      { type: 'inlineSpoiler', ...behaviour },
    ])
  })

  it('should leave the same words in place when a wrapper is unwrapped', () => {
    const editor = editorWithBothNodes()
    editor.setEditorState(editor.parseEditorState(state as unknown as SerializedEditorState))
    const before = editor.getEditorState().read(() => $getRoot().getTextContent())
    editor.update(() => wrappersIn($getRoot()).forEach((node) => node.unwrap()), {
      discrete: true,
    })
    const after = editor.getEditorState().read(() => ({
      text: $getRoot().getTextContent(),
      wrappers: wrappersIn($getRoot()).length,
    }))
    expect(after).toEqual({ text: before, wrappers: 0 })
  })
})
