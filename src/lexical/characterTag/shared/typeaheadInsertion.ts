import type { CharacterSuggestion } from './searchCharacters'

/**
 * The words a tag chosen from the `@` typeahead holds: the name or alias the editor's letters
 * matched, so "@Pat" chosen as Trish Walker through her alias writes "Patsy". The tag points
 * at the character either way; the words stay the writer's.
 */
export const tagWordsForSuggestion = ({ matchedLabel }: CharacterSuggestion): string => matchedLabel

/**
 * Whether a space must separate a new tag from the text right after it: only when a letter or
 * digit follows straight on. Before a space, punctuation or the end of the line none is added,
 * so the writer's own space never makes a double one.
 */
export const needsSpaceAfterTag = (nextText: string | null): boolean =>
  nextText !== null && /^[\p{L}\p{N}]/u.test(nextText)
