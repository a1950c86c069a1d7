/**
 * The seasons a character appears in, as the site lists them: "Season 2", "Seasons 1, 2".
 * In order, each once; empty when there are none.
 */
export const formatSeasons = (seasons: readonly number[] | null | undefined): string => {
  const sorted = [...new Set(seasons ?? [])].sort((a, b) => a - b)
  if (sorted.length === 0) return ''
  return `${sorted.length === 1 ? 'Season' : 'Seasons'} ${sorted.join(', ')}`
}
