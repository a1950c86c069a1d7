'use client'

import { useEffect, useState } from 'react'

import type { ShowSpoilerInfo } from '../../shared/types'

let cached: Promise<ShowSpoilerInfo[]> | null = null

/** Every show once per page load, for the scope picker; staff read them over REST. */
const loadShows = (): Promise<ShowSpoilerInfo[]> => {
  cached ??= fetch(
    '/api/shows?limit=500&depth=0&sort=title&select[title]=true&select[seasons]=true',
    {
      credentials: 'include',
    },
  )
    .then((response) => (response.ok ? response.json() : { docs: [] }))
    .then((body: { docs?: ShowSpoilerInfo[] }) => body.docs ?? [])
    .catch(() => {
      cached = null
      return []
    })
  return cached
}

/** The shows a spoiler can be scoped to, loading lazily the first time a card opens. */
export const useShowOptions = (): ShowSpoilerInfo[] => {
  const [shows, setShows] = useState<ShowSpoilerInfo[]>([])
  useEffect(() => {
    let isMounted = true
    void loadShows().then((loaded) => {
      if (isMounted) setShows(loaded)
    })
    return () => {
      isMounted = false
    }
  }, [])
  return shows
}
