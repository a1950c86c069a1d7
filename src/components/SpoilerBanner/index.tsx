import { areScopesExpired } from '@/lexical/spoiler/shared/isScopeExpired'
import {
  describeSpoilerWarnings,
  spoilerBannerText,
  type SpoilerWarningInput,
} from '@/lexical/spoiler/shared/spoilerBannerText'
import { effectiveScopes } from '@/lexical/spoiler/shared/toSpoilerScope'
import type { ShowSpoilerInfo, SpoilerPolicy } from '@/lexical/spoiler/shared/types'

import { WatchedProgress } from '../WatchedProgress/index.client'
import { RevealAllButton } from './RevealAllButton.client'

type SpoilerBannerProps = {
  warnings: SpoilerWarningInput[]
  shows: ShowSpoilerInfo[]
  policy: SpoilerPolicy
  shouldKeepWarnings: boolean
  /** The body holds spoilers, so the reader needs the reveal controls. */
  hasSpoilers: boolean
  now: number
}

/**
 * The spoiler warning above an article, generated from its `spoilerWarnings`, with "Reveal
 * all" and "I've watched up to…". When the policy has softened every warning it shrinks to a
 * small note. Nothing is rendered for an article with neither warnings nor spoilers.
 */
export const SpoilerBanner = ({
  warnings,
  shows,
  policy,
  shouldKeepWarnings,
  hasSpoilers,
  now,
}: SpoilerBannerProps) => {
  const titles = Object.fromEntries(shows.map((show) => [String(show.id), show.title]))
  const text = spoilerBannerText(warnings, titles)
  if (!text && !hasSpoilers) return null

  const scopes = effectiveScopes(null, warnings)
  const isSoftened = areScopesExpired({ scopes, policy, shows, now, shouldKeepWarnings })
  if (isSoftened) {
    return (
      <div className="spoiler-note">
        <p>
          Discusses {describeSpoilerWarnings(warnings, titles)}; it has been out long enough that we
          no longer hide the details.
        </p>
        {hasSpoilers && <RevealAllButton />}
      </div>
    )
  }

  const showIds = new Set(scopes.map((scope) => String(scope.show)))
  const warnedShows = shows.filter((show) => showIds.has(String(show.id)))
  return (
    <aside className="spoiler-banner" aria-label="Spoiler warning">
      <p className="spoiler-banner__text">{text ?? 'This article contains marked spoilers.'}</p>
      <noscript>
        <p>Spoilers below stay hidden: turn on JavaScript to reveal them.</p>
      </noscript>
      <div className="spoiler-banner__controls">
        {hasSpoilers && <RevealAllButton />}
        <WatchedProgress shows={warnedShows.length > 0 ? warnedShows : shows} />
      </div>
    </aside>
  )
}
