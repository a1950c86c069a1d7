import { useMemo } from 'react'

import { areScopesExpired } from '@/lexical/spoiler/shared/isScopeExpired'
import { describeSpoilerWarnings } from '@/lexical/spoiler/shared/spoilerBannerText'
import { effectiveScopes } from '@/lexical/spoiler/shared/toSpoilerScope'
import type { SpoilerScope } from '@/lexical/spoiler/shared/types'
import { areScopesWatched, type SeasonCounts } from '@/lexical/spoiler/shared/watchedProgress'

import { useSpoilerContext } from '../SpoilerContext/index.client'
import { useWatchedProgress } from '../WatchedProgress/watchedProgressStore'

export type SpoilerState = {
  /** What the spoiler gives away, e.g. "Luke Cage Season 2"; empty when unknown. */
  label: string
  /** The reader has watched every scope it stands for. */
  isWatched: boolean
  /** The site's policy has softened every scope it stands for. */
  isExpired: boolean
}

/** Decides, for one spoiler, what it is about and whether it may show itself. */
export const useSpoilerState = (scope: SpoilerScope | null): SpoilerState => {
  const { articleWarnings, shows, policy, shouldKeepWarnings, now } = useSpoilerContext()
  const progress = useWatchedProgress()
  const scopes = useMemo(() => effectiveScopes(scope, articleWarnings), [scope, articleWarnings])
  const titles = useMemo(
    () => Object.fromEntries(shows.map((show) => [String(show.id), show.title])),
    [shows],
  )
  const seasonCounts = useMemo<SeasonCounts>(
    () =>
      Object.fromEntries(
        shows
          .filter((show) => show.seasons.length > 0)
          .map((show) => [String(show.id), Math.max(...show.seasons.map((s) => s.number))]),
      ),
    [shows],
  )
  return {
    label: describeSpoilerWarnings(scopes, titles),
    isWatched: areScopesWatched(scopes, progress, seasonCounts),
    isExpired: areScopesExpired({ scopes, policy, shows, now, shouldKeepWarnings }),
  }
}
