import { walkLexicalJson } from '../../shared/walkLexicalJson'
import { isSpoilerNode } from './isSpoilerNode'
import { toSpoilerScope } from './toSpoilerScope'
import type { SpoilerScope } from './types'

/**
 * The scopes spoilers in a Lexical editor state set for themselves (inline `scope`, or a
 * spoiler section's fields), wherever they are nested. Spoilers without one are skipped:
 * they inherit the article's warnings.
 */
export const collectSpoilerScopes = (state: unknown): SpoilerScope[] => {
  const found: SpoilerScope[] = []
  walkLexicalJson({
    state,
    visit: (node) => {
      if (!isSpoilerNode(node)) return
      const scope = toSpoilerScope(node.type === 'block' ? node.fields : node.scope)
      if (scope) found.push(scope)
    },
  })
  return found
}
