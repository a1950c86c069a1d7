import type { ReactNode } from 'react'

import type { SpoilerContext } from '@/lexical/spoiler/shared/spoilerContext'
import { collectSpoilerTexts } from '@/lexical/spoiler/shared/collectSpoilerTexts'
import type { Article } from '@/payload-types'

import { SpoilerBanner } from '../SpoilerBanner'
import { SpoilerProvider } from '../SpoilerContext/index.client'
import { WithheldSpoilersProvider } from '../WithheldSpoilers/index.client'

const NO_CONTEXT: SpoilerContext = { shows: [], policy: { softenAfterDays: null } }

type ArticleSpoilersProps = {
  article: Pick<Article, 'body' | 'spoilerWarnings' | 'keepSpoilerWarnings' | 'spoilerContext'>
  /** The article body; its spoilers read the warnings, shows and policy from here. */
  children: ReactNode
  /**
   * Where the words of a body rendered without them are (withholdSpoilers.ts): the JSON its
   * spoilers load on reveal, and the page that shows them all. Absent when nothing is withheld.
   */
  withheld?: { url: string; pageUrl: string }
}

/**
 * The spoiler banner followed by the body, sharing one spoiler context (warnings, show
 * premieres, policy, "reveal all"), so the page itself only wraps its body in this.
 */
export const ArticleSpoilers = ({ article, children, withheld }: ArticleSpoilersProps) => {
  const context = (article.spoilerContext as SpoilerContext | null | undefined) ?? NO_CONTEXT
  const warnings = article.spoilerWarnings ?? []
  const shouldKeepWarnings = Boolean(article.keepSpoilerWarnings)
  // Rendered pages are cached; the client re-judges expiry by its own clock once hydrated.
  // eslint-disable-next-line react-hooks/purity -- a server component rendered once per cache fill
  const now = Date.now()
  return (
    <SpoilerProvider
      articleWarnings={warnings}
      shows={context.shows}
      policy={context.policy}
      shouldKeepWarnings={shouldKeepWarnings}
      renderedAt={now}
    >
      <SpoilerBanner
        warnings={warnings}
        shows={context.shows}
        policy={context.policy}
        shouldKeepWarnings={shouldKeepWarnings}
        hasSpoilers={collectSpoilerTexts(article.body).length > 0}
        now={now}
      />
      {withheld ? (
        <WithheldSpoilersProvider url={withheld.url} pageUrl={withheld.pageUrl}>
          {children}
        </WithheldSpoilersProvider>
      ) : (
        children
      )}
    </SpoilerProvider>
  )
}
