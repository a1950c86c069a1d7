import { isSpoilerNode } from './isSpoilerNode'
import { toSpoilerScope } from './toSpoilerScope'
import type { SpoilerScope } from './types'

const MAX_DEPTH = 200

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * The scopes spoilers in a Lexical editor state set for themselves (inline `scope`, or a
 * spoiler section's fields), wherever they are nested. Spoilers without one are skipped:
 * they inherit the article's warnings.
 */
export const collectSpoilerScopes = (state: unknown): SpoilerScope[] => {
  const found: SpoilerScope[] = []
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
      return
    }
    if (!isRecord(value)) return
    if (isSpoilerNode(value)) {
      const scope = toSpoilerScope(value.type === 'block' ? value.fields : value.scope)
      if (scope) found.push(scope)
    }
    for (const child of Object.values(value)) {
      if (typeof child === 'object' && child !== null) visit(child, depth + 1)
    }
  }
  visit(state, 0)
  return found
}
