'use client'

import { type FormEvent, useId, useState } from 'react'

import type { ShowSpoilerInfo } from '@/lexical/spoiler/shared/types'

import { SavedProgress } from './SavedProgress.client'
import { setWatched, useWatchedProgress } from './watchedProgressStore'

import '../SpoilerReveal/spoiler.css'
import './watchedProgress.css'

type WatchedProgressProps = {
  /** The shows the reader can pick; on a show page, just that show. */
  shows: ShowSpoilerInfo[]
}

const seasonNumbers = (show: ShowSpoilerInfo | undefined): number[] => {
  const numbers = (show?.seasons ?? []).map((season) => season.number)
  return numbers.length > 0 ? [...new Set(numbers)].sort((a, b) => a - b) : [1]
}

/**
 * "I've watched up to…": the reader picks a season and optionally an episode, and the show
 * when there is more than one to choose from. It is kept on this device only (localStorage),
 * needs no account, and reveals every spoiler within it on every page.
 */
export const WatchedProgress = ({ shows }: WatchedProgressProps) => {
  const id = useId()
  const progress = useWatchedProgress()
  const [showId, setShowId] = useState(shows[0] ? String(shows[0].id) : '')
  const [season, setSeason] = useState('')
  const [episode, setEpisode] = useState('')
  const selected = shows.find((show) => String(show.id) === showId)
  const seasons = seasonNumbers(selected)
  const isSingleShow = shows.length === 1

  const save = (event: FormEvent) => {
    event.preventDefault()
    if (!selected) return
    const seasonNumber = Number.parseInt(season || String(seasons[seasons.length - 1]), 10)
    const episodeNumber = Number.parseInt(episode, 10)
    setWatched(selected.id, {
      season: seasonNumber,
      ...(episodeNumber > 0 ? { episode: episodeNumber } : {}),
    })
  }

  if (shows.length === 0) return null
  return (
    <form className="watched-progress" onSubmit={save} aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>
          {isSingleShow ? `I’ve watched ${shows[0].title} up to…` : 'I’ve watched up to…'}
        </legend>
        {!isSingleShow && (
          <label>
            Show
            <select value={showId} onChange={(event) => setShowId(event.target.value)}>
              {shows.map((show) => (
                <option key={show.id} value={String(show.id)}>
                  {show.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Season
          <select value={season} onChange={(event) => setSeason(event.target.value)}>
            <option value="">Choose</option>
            {seasons.map((number) => (
              <option key={number} value={String(number)}>
                Season {number}
              </option>
            ))}
          </select>
        </label>
        <label>
          Episode (optional)
          <input
            type="number"
            min={1}
            inputMode="numeric"
            value={episode}
            onChange={(event) => setEpisode(event.target.value)}
          />
        </label>
        <button type="submit" disabled={!season}>
          Save progress
        </button>
      </fieldset>
      <SavedProgress shows={shows} progress={progress} />
    </form>
  )
}
