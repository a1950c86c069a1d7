import {
  formatSpoilerScope,
  type SpoilerScopeLike,
} from '@/lexical/spoiler/shared/formatSpoilerScope'

/** "Spoilers: Luke Cage S2" for a list item that carries warnings; nothing otherwise. */
export const SpoilerBadge = ({ warnings }: { warnings: SpoilerScopeLike[] | null | undefined }) => {
  if (!warnings?.length) return null
  const scopes = [...new Set(warnings.map((warning) => formatSpoilerScope(warning)))]
  return <span className="spoiler-badge">Spoilers: {scopes.join(', ')}</span>
}
