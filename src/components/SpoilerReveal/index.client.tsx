'use client'

import { type ReactNode, useId, useState } from 'react'

import type { SpoilerScope } from '@/lexical/spoiler/shared/types'

import { useSpoilerContext } from '../SpoilerContext/index.client'
import { useSpoilerState } from './useSpoilerState'

import './spoiler.css'

type SpoilerRevealProps = {
  kind: 'inline' | 'block'
  /** The spoiler's own scope; null inherits the article's warnings. */
  scope: SpoilerScope | null
  children: ReactNode
}

type Override = { isRevealed: boolean; epoch: number }

/**
 * A spoiler as readers meet it: a real button with `aria-expanded`, and the content in an
 * element with `hidden` (so it is out of the accessibility tree and tab order, not just
 * blurred) until revealed. It shows itself when the reader has watched its scope, when the
 * policy has softened it (marked as such), or after "Reveal all". The server always renders
 * it hidden; without JavaScript it stays hidden and labelled.
 */
export const SpoilerReveal = ({ kind, scope, children }: SpoilerRevealProps) => {
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
        {children}
      </Wrapper>
    )
  }

  const hasOverride = override !== null && override.epoch === revealAll.epoch
  const isRevealed = hasOverride ? override.isRevealed : (revealAll.isRevealed ?? isWatched)
  const toggle = () => setOverride({ isRevealed: !isRevealed, epoch: revealAll.epoch })

  return (
    <Wrapper className={`spoiler spoiler--${kind}`} data-revealed={isRevealed}>
      <button
        type="button"
        className="spoiler__toggle"
        aria-expanded={isRevealed}
        aria-controls={id}
        onClick={toggle}
      >
        {isRevealed ? 'Hide spoiler' : `Reveal spoiler${about}`}
      </button>
      {kind === 'inline' && ' '}
      <Wrapper id={id} className="spoiler__content" hidden={!isRevealed}>
        {children}
      </Wrapper>
    </Wrapper>
  )
}
