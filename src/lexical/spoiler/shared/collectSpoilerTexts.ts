import { lexicalText } from '../../shared/lexicalText'
import { walkLexicalJson } from '../../shared/walkLexicalJson'
import { isSpoilerNode } from './isSpoilerNode'

/**
 * The text of every spoiler in a Lexical editor state, one entry per outermost spoiler,
 * whitespace collapsed. Used to check that nothing outside the body repeats a spoiler.
 */
export const collectSpoilerTexts = (state: unknown): string[] => {
  const found: string[] = []
  walkLexicalJson({
    state,
    visit: (node) => {
      if (!isSpoilerNode(node)) return
      const text = lexicalText(node)
      if (text) found.push(text)
      // A spoiler nested in this one is already part of its text.
      return 'skip'
    },
  })
  return found
}
