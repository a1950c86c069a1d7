type ScopeShow = { title?: string | null } | number | string | null | undefined

export type SpoilerScopeLike = {
  show?: ScopeShow
  season?: number | null
  episode?: number | null
}

/** A compact scope for badges: "Luke Cage S2", "Luke Cage S2E3", "The Defenders". */
export const formatSpoilerScope = ({ show, season, episode }: SpoilerScopeLike): string => {
  const title = typeof show === 'object' && show?.title ? show.title : 'an unnamed show'
  if (!season) return title
  return `${title} S${season}${episode ? `E${episode}` : ''}`
}
