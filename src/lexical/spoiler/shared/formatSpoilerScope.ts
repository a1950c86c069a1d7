type ScopeShow = { title?: string | null } | number | string | null | undefined

export type SpoilerScopeLike = {
  show?: ScopeShow
  season?: number | null
  episode?: number | null
}

/**
 * How much room the words have: `short` on badges and markers ("Luke Cage S2E3"), `long` in
 * sentences and labels ("Luke Cage Season 2 Episode 3").
 */
export type ScopeLength = 'short' | 'long'

/** "Season 2 Episode 3" or "S2E3"; without an episode, the season: "Season 2" or "S2". */
export const formatSeasonEpisode = (
  { season, episode }: { season: number; episode?: number | null },
  length: ScopeLength = 'long',
): string =>
  length === 'short'
    ? `S${season}${episode ? `E${episode}` : ''}`
    : `Season ${season}${episode ? ` Episode ${episode}` : ''}`

/**
 * The one way a spoiler scope is put into words: the show's title, then the season and
 * episode when the scope has them ("The Defenders", "Luke Cage S2", "Luke Cage Season 2
 * Episode 3"). A show not populated with its title is "an unnamed show"; a reader never
 * sees a raw id.
 */
export const formatSpoilerScope = (
  { show, season, episode }: SpoilerScopeLike,
  length: ScopeLength = 'short',
): string => {
  const title = typeof show === 'object' && show?.title ? show.title : 'an unnamed show'
  return season ? `${title} ${formatSeasonEpisode({ season, episode }, length)}` : title
}
