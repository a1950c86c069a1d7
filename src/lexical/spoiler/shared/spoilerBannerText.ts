import { formatSeasonEpisode } from './formatSpoilerScope'
import { joinNaturally } from '@/utilities/joinNaturally'
import { toSpoilerScope } from './toSpoilerScope'
import type { SpoilerScope } from './types'

/** A spoiler warning as the article stores it; `show` may be populated or a bare id. */
export type SpoilerWarningInput = {
  show?: unknown
  season?: number | null
  episode?: number | null
}

/** Show titles by id (as a string), for warnings whose show is not populated. */
export type ShowTitles = Record<string, string | undefined>

const titleOf = (warning: SpoilerWarningInput, titles: ShowTitles, scope: SpoilerScope) => {
  const show = warning.show
  if (typeof show === 'object' && show !== null && 'title' in show) {
    const title = (show as { title?: unknown }).title
    if (typeof title === 'string' && title.trim() !== '') return title.trim()
  }
  return titles[String(scope.show)]
}

/** [1, 2, 4] → ["1–2", "4"]: consecutive seasons become one range. */
const seasonRanges = (seasons: number[]): string[] => {
  const sorted = [...new Set(seasons)].sort((a, b) => a - b)
  const ranges: string[] = []
  let start = sorted[0]
  for (let index = 1; index <= sorted.length; index++) {
    const previous = sorted[index - 1]
    if (sorted[index] === previous + 1) continue
    ranges.push(start === previous ? String(start) : `${start}–${previous}`)
    start = sorted[index]
  }
  return ranges
}

type Episode = { season: number; episode: number }

type ShowGroup = { title: string; isWholeShow: boolean; seasons: number[]; episodes: Episode[] }

const describeGroup = ({ title, isWholeShow, seasons, episodes }: ShowGroup): string => {
  if (isWholeShow) return title
  const parts: string[] = []
  if (seasons.length > 0) {
    const ranges = seasonRanges(seasons)
    const isPlural = ranges.length > 1 || ranges[0].includes('–')
    parts.push(`${isPlural ? 'Seasons' : 'Season'} ${joinNaturally(ranges)}`)
  }
  parts.push(...episodes.map((episode) => formatSeasonEpisode(episode)))
  return `${title} ${joinNaturally(parts)}`
}

/**
 * What the warnings cover, as a phrase: "Luke Cage Season 2 and The Defenders". Warnings of
 * one show are merged ("Seasons 1–2"); a warning without a season covers the whole show.
 * Warnings whose show is unknown are skipped. Empty when nothing is left.
 */
export const describeSpoilerWarnings = (
  warnings: SpoilerWarningInput[] | null | undefined,
  titles: ShowTitles = {},
): string => {
  const groups = new Map<string, ShowGroup>()
  for (const warning of warnings ?? []) {
    const scope = toSpoilerScope(warning)
    if (!scope) continue
    const title = titleOf(warning, titles, scope)
    if (!title) continue
    const key = String(scope.show)
    const group = groups.get(key) ?? { title, isWholeShow: false, seasons: [], episodes: [] }
    groups.set(key, group)
    if (scope.season === undefined || scope.season === null) group.isWholeShow = true
    else if (scope.episode == null) group.seasons.push(scope.season)
    else group.episodes.push({ season: scope.season, episode: scope.episode })
  }
  for (const group of groups.values()) {
    // A whole season already covers any of its episodes, and an episode is named once.
    const seen = new Set<string>()
    group.episodes = group.episodes.filter(({ season, episode }) => {
      const key = `${season}:${episode}`
      if (group.seasons.includes(season) || seen.has(key)) return false
      seen.add(key)
      return true
    })
  }
  return joinNaturally([...groups.values()].map(describeGroup))
}

/**
 * The banner sentence above an article: "Spoilers for Luke Cage Season 2 follow." Null
 * when the article has no usable warnings, so no banner is shown.
 */
export const spoilerBannerText = (
  warnings: SpoilerWarningInput[] | null | undefined,
  titles: ShowTitles = {},
): string | null => {
  const described = describeSpoilerWarnings(warnings, titles)
  return described ? `Spoilers for ${described} follow.` : null
}
