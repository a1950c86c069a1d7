import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

import { walkLexicalJson } from '../../shared/walkLexicalJson'
import { isSpoilerNode } from './isSpoilerNode'

/** Where a withheld spoiler's words are, in the list `withholdSpoilers` returns. */
export const WITHHELD_KEY = 'withheld'

/** What a withheld spoiler held: the nodes a reader sees once it is revealed. */
export type WithheldSpoiler = { nodes: SerializedLexicalNode[] }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Takes a spoiler's content out of the node and returns it; the node keeps its scope. */
const takeContent = (node: Record<string, unknown>): SerializedLexicalNode[] => {
  if (node.type === 'block' && isRecord(node.fields)) {
    const content = node.fields.content
    node.fields = { ...node.fields, content: null }
    const root = isRecord(content) && isRecord(content.root) ? content.root : null
    return Array.isArray(root?.children) ? (root.children as SerializedLexicalNode[]) : []
  }
  const children = Array.isArray(node.children) ? (node.children as SerializedLexicalNode[]) : []
  node.children = []
  return children
}

/**
 * Splits a stored body into what every reader gets and what only a reader who asks gets: each
 * outermost spoiler keeps its place and scope, with its words replaced by a number that points
 * into `spoilers`. The page renders the first half, so no spoiler's text is in its HTML or RSC
 * payload; `/articles/<slug>/spoilers.json` serves the second, on reveal (issue 13 item 6).
 * A spoiler nested in another travels with the outer one. The input is not changed.
 */
export const withholdSpoilers = <T>(state: T): { state: T; spoilers: WithheldSpoiler[] } => {
  if (!isRecord(state)) return { state, spoilers: [] }
  const copy = structuredClone(state)
  const spoilers: WithheldSpoiler[] = []
  walkLexicalJson({
    state: copy,
    visit: (node) => {
      if (!isSpoilerNode(node)) return
      spoilers.push({ nodes: takeContent(node) })
      node[WITHHELD_KEY] = spoilers.length - 1
      return 'skip'
    },
  })
  return { state: copy, spoilers }
}

/** The number a withheld spoiler node points to, or null for a spoiler that kept its words. */
export const withheldIndex = (node: unknown): number | null => {
  const value = isRecord(node) ? node[WITHHELD_KEY] : undefined
  return typeof value === 'number' ? value : null
}
