'use client'

import { type ReactNode, useId, useState } from 'react'

import type { SpoilerScope } from '@/lexical/spoiler/shared/types'

import { useSpoilerContext } from '../SpoilerContext/index.client'
import { useSpoilersPageUrl } from '../WithheldSpoilers/index.client'
import { useSpoilerState } from './useSpoilerState'
import { WithheldContent } from './WithheldContent.client'

import './spoiler.css'

type SpoilerRevealProps = {
  kind: 'inline' | 'block'
  /** The spoiler's own scope; null inherits the article's warnings. */
  scope: SpoilerScope | null
  /**
   * On the public page the words are not in the HTML: this is their place in the article's
   * withheld spoilers, loaded when the spoiler is first shown. Null: the words are `children`.
   */
  withheld?: number | null
  children?: ReactNode
}

type Override = { isRevealed: boolean; epoch: number }

/** Without JavaScript the button does nothing: this leads to the article with its spoilers. */
const NoScriptLink = () => {
  const pageUrl = useSpoilersPageUrl()
  if (!pageUrl) return null
  return (
    <noscript>
      {' '}
      <a href={pageUrl} rel="nofollow">
        Show this article with its spoilers
      </a>
    </noscript>
  )
}

/**
 * A spoiler as readers meet it: a real button with `aria-expanded`, and the content in an
 * element with `hidden` (so it is out of the accessibility tree and tab order, not just
 * blurred) until revealed. It shows itself when the reader has watched its scope, when the
 * policy has softened it (marked as such), or after "Reveal all". The server always renders
 * it hidden, and on the public page without its words; without JavaScript it stays hidden,
 * with a link to the version of the article that shows its spoilers.
 */
export const SpoilerReveal = ({ kind, scope, withheld = null, children }: SpoilerRevealProps) => {
  const id = useId()
  const { revealAll } = useSpoilerContext()
  const { label, isWatched, isExpired } = useSpoilerState(scope)
  const [override, setOverride] = useState<Override | null>(null)

  const Wrapper = kind === 'inline' ? 'span' : 'div'
  const about = label ? ` for ${label}` : ''

  if (isExpired) {
    return (
      <Wrapper className={`spoiler spoiler--${kind} spoiler--expired`}>
        <span className="spoiler__marker" title={`Former spoiler${about}`}>
          {kind === 'block' ? `Former spoiler${about}` : 'spoiler'}
        </span>{' '}
        {withheld === null ? children : <WithheldContent index={withheld} shouldLoad />}
      </Wrapper>
    )
  }

  const hasOverride = override !== null && override.epoch === revealAll.epoch
  const isRevealed = hasOverride ? override.isRevealed : (revealAll.isRevealed ?? isWatched)
  const toggle = () => setOverride({ isRevealed: !isRevealed, epoch: revealAll.epoch })

  const name = isRevealed ? 'Hide spoiler' : `Reveal spoiler${about}`
  // Inside a sentence the button shows only its verb, so it fits in the line like a word;
  // its accessible name (which starts with those words) still says what it spoils.
  const isCompact = kind === 'inline' && !isRevealed
  return (
    <Wrapper className={`spoiler spoiler--${kind}`} data-revealed={isRevealed}>
      <button
        type="button"
        className="spoiler__toggle"
        aria-expanded={isRevealed}
        aria-controls={id}
        aria-label={isCompact && about ? name : undefined}
        onClick={toggle}
      >
        {isCompact ? 'Reveal spoiler' : name}
      </button>
      <Wrapper id={id} className="spoiler__content" hidden={!isRevealed}>
        {/* The space belongs to the words: a hidden spoiler leaves none before the full stop. */}
        {kind === 'inline' && ' '}
        {withheld === null ? (
          children
        ) : (
          <WithheldContent index={withheld} shouldLoad={isRevealed} />
        )}
      </Wrapper>
      {withheld !== null && <NoScriptLink />}
    </Wrapper>
  )
}
