import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'

import { InlineWrapperNode } from '../../../shared/InlineWrapperNode'
import { toSpoilerScope } from '../../shared/toSpoilerScope'
import {
  INLINE_SPOILER_TYPE,
  type SerializedInlineSpoilerNode,
  type SpoilerScope,
} from '../../shared/types'

/**
 * The canonical inline spoiler node, shared by the server and the admin editor. An inline
 * element like a link: its text children are the hidden words, so removing the spoiler
 * leaves the same words behind. Without a scope it stands for the article's warnings.
 */
export class InlineSpoilerNode extends InlineWrapperNode {
  __scope: SpoilerScope | null

  static getType(): string {
    return INLINE_SPOILER_TYPE
  }

  static clone(node: InlineSpoilerNode): InlineSpoilerNode {
    return new InlineSpoilerNode(node.__scope, node.__key)
  }

  constructor(scope: SpoilerScope | null = null, key?: NodeKey) {
    super(key)
    this.__scope = scope
  }

  static importJSON(serialized: SerializedInlineSpoilerNode): InlineSpoilerNode {
    return $createInlineSpoilerNode(null).updateFromJSON(serialized)
  }

  updateFromJSON(serialized: LexicalUpdateJSON<SerializedInlineSpoilerNode>): this {
    return super.updateFromJSON(serialized).setScope(toSpoilerScope(serialized.scope))
  }

  exportJSON(): SerializedInlineSpoilerNode {
    const scope = this.getScope()
    return {
      ...super.exportJSON(),
      type: INLINE_SPOILER_TYPE,
      ...(scope ? { scope } : {}),
      version: 1,
    }
  }

  getScope(): SpoilerScope | null {
    return this.getLatest().__scope
  }

  setScope(scope: SpoilerScope | null): this {
    const writable = this.getWritable()
    writable.__scope = scope
    return writable
  }

  createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('span')
    element.className = 'inline-spoiler'
    // Its tooltip names the show, which only the editor knows (useSpoilerTooltips).
    return element
  }

  updateDOM(): boolean {
    return false
  }
}

export const $createInlineSpoilerNode = (scope: SpoilerScope | null): InlineSpoilerNode =>
  $applyNodeReplacement(new InlineSpoilerNode(scope))

export const $isInlineSpoilerNode = (
  node: LexicalNode | null | undefined,
): node is InlineSpoilerNode => node instanceof InlineSpoilerNode
