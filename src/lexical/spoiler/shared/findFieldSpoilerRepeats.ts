import { collectSpoilerTexts } from './collectSpoilerTexts'
import { findSpoilerRepeats } from './findSpoilerRepeats'

/**
 * The phrases of a dek that repeat text hidden in a spoiler of the body. The dek is shown
 * everywhere (lists, feeds, meta), so any repeat gives the spoiler away.
 */
export const findDekSpoilerRepeats = ({ dek, body }: { dek: unknown; body: unknown }): string[] =>
  typeof dek === 'string' && dek.trim() !== ''
    ? findSpoilerRepeats(dek, collectSpoilerTexts(body))
    : []
