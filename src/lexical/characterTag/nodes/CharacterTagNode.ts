import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'

import { InlineWrapperNode } from '../../shared/InlineWrapperNode'
import {
  CHARACTER_TAG_TYPE,
  type CharacterId,
  type SerializedCharacterTagNode,
} from '../shared/types'

/**
 * The canonical character tag node, shared by the server (hooks, converters) and the admin
 * editor. An inline element, like a link: its text children are the words as written, so
 * tagging never rewrites what the writer typed and untagging leaves the same words behind.
 */
export class CharacterTagNode extends InlineWrapperNode {
  __characterId: CharacterId

  static getType(): string {
    return CHARACTER_TAG_TYPE
  }

  static clone(node: CharacterTagNode): CharacterTagNode {
    return new CharacterTagNode(node.__characterId, node.__key)
  }

  constructor(characterId: CharacterId = '', key?: NodeKey) {
    super(key)
    this.__characterId = characterId
  }

  static importJSON(serialized: SerializedCharacterTagNode): CharacterTagNode {
    return $createCharacterTagNode(serialized.characterId).updateFromJSON(serialized)
  }

  updateFromJSON(serialized: LexicalUpdateJSON<SerializedCharacterTagNode>): this {
    return super.updateFromJSON(serialized).setCharacterId(serialized.characterId)
  }

  exportJSON(): SerializedCharacterTagNode {
    return {
      ...super.exportJSON(),
      type: CHARACTER_TAG_TYPE,
      characterId: this.getCharacterId(),
      version: 1,
    }
  }

  getCharacterId(): CharacterId {
    return this.getLatest().__characterId
  }

  setCharacterId(characterId: CharacterId): this {
    const writable = this.getWritable()
    writable.__characterId = characterId
    return writable
  }

  createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('span')
    element.className = 'character-tag'
    element.dataset.characterId = String(this.__characterId)
    return element
  }

  updateDOM(previous: CharacterTagNode, dom: HTMLElement): boolean {
    if (previous.__characterId !== this.__characterId) {
      dom.dataset.characterId = String(this.__characterId)
    }
    return false
  }
}

export const $createCharacterTagNode = (characterId: CharacterId): CharacterTagNode =>
  $applyNodeReplacement(new CharacterTagNode(characterId))

export const $isCharacterTagNode = (
  node: LexicalNode | null | undefined,
): node is CharacterTagNode => node instanceof CharacterTagNode
