'use client'

import { useSpoilerContext } from '../SpoilerContext/index.client'

/** Reveals (or hides again) every spoiler on the page at once. */
export const RevealAllButton = () => {
  const { revealAll, setAllRevealed } = useSpoilerContext()
  const isRevealed = revealAll.isRevealed === true
  return (
    <button type="button" aria-pressed={isRevealed} onClick={() => setAllRevealed(!isRevealed)}>
      {isRevealed ? 'Hide all spoilers' : 'Reveal all spoilers'}
    </button>
  )
}
