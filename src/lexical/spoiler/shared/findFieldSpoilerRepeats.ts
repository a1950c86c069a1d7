import { collectSpoilerTexts } from './collectSpoilerTexts'
import { findSpoilerRepeats } from './findSpoilerRepeats'

/**
 * The phrases of an outward-facing field (the title or the dek) that repeat text hidden in a
 * spoiler of the body. Both are shown everywhere (lists, feeds, meta, search results, link
 * previews), where spoilers are never hidden, so any repeat gives the spoiler away.
 */
export const findFieldSpoilerRepeats = ({
  text,
  body,
}: {
  text: unknown
  body: unknown
}): string[] =>
  typeof text === 'string' && text.trim() !== ''
    ? findSpoilerRepeats(text, collectSpoilerTexts(body))
    : []
