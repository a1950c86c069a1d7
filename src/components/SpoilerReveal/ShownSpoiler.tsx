import type { ReactNode } from 'react'

type ShownSpoilerProps = { kind: 'inline' | 'block'; children: ReactNode }

/**
 * A spoiler printed as it is, marked: on the no-JavaScript version of an article, and for a
 * spoiler nested in one the reader has just revealed.
 */
export const ShownSpoiler = ({ kind, children }: ShownSpoilerProps) => {
  const Wrapper = kind === 'inline' ? 'span' : 'div'
  return (
    <Wrapper className={`spoiler spoiler--${kind} spoiler--shown`}>
      <span className="spoiler__marker">{kind === 'block' ? 'Spoiler section' : 'spoiler'}</span>{' '}
      {children}
    </Wrapper>
  )
}
