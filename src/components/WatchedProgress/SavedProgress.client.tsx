'use client'

import { formatSeasonEpisode } from '@/lexical/spoiler/shared/formatSpoilerScope'
import type { ShowSpoilerInfo, WatchedProgress, WatchedUpTo } from '@/lexical/spoiler/shared/types'

import { clearWatched, setWatched } from './watchedProgressStore'

const describe = (watched: WatchedUpTo) =>
  watched.episode
    ? formatSeasonEpisode(watched)
    : `the end of ${formatSeasonEpisode({ season: watched.season })}`

type SavedProgressProps = { shows: ShowSpoilerInfo[]; progress: WatchedProgress }

/**
 * What this device remembers for each of the control's shows, one row per show whether saved
 * or not, with its clear button's place kept: saving or clearing changes words, never the
 * box's size, and neither does hydration finding progress the server could not know.
 */
export const SavedProgress = ({ shows, progress }: SavedProgressProps) => {
  const hasAny = Object.keys(progress).length > 0
  return (
    <div className="watched-progress__saved" role="status">
      <ul>
        {shows.map((show) => {
          const watched = progress[String(show.id)]
          return (
            <li key={show.id}>
              <span>
                {show.title}:{' '}
                {watched ? `up to ${describe(watched)}` : 'nothing saved on this device'}
              </span>
              <button
                type="button"
                // Hidden, not removed: its space stays, and it leaves the accessibility tree.
                className={watched ? undefined : 'watched-progress__placeholder'}
                aria-label={`Clear ${show.title}`}
                onClick={() => setWatched(show.id, null)}
              >
                Clear
              </button>
            </li>
          )
        })}
      </ul>
      {/* With one show its own Clear says it all; with several, one button clears them all. */}
      {shows.length > 1 && (
        <button
          type="button"
          className={hasAny ? undefined : 'watched-progress__placeholder'}
          onClick={clearWatched}
        >
          Clear all progress
        </button>
      )}
    </div>
  )
}
