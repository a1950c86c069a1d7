'use client'

import { useEffect, useState } from 'react'

import { MAX_PAGE_SIZE } from '@/plugins/requestLimits/limits'

import type { ShowSpoilerInfo } from '../../shared/types'

let cached: Promise<ShowSpoilerInfo[]> | null = null

type ShowPage = { docs?: ShowSpoilerInfo[]; hasNextPage?: boolean }

const fetchPage = async (page: number): Promise<ShowPage> => {
  const query = `limit=${MAX_PAGE_SIZE}&page=${page}&depth=0&sort=title&select[title]=true&select[seasons]=true`
  const response = await fetch(`/api/shows?${query}`, { credentials: 'include' })
  if (!response.ok) throw new Error(`shows: ${response.status}`)
  return (await response.json()) as ShowPage
}

/** Every show once per page load, for the scope picker; staff read them over REST, by pages. */
const loadShows = (): Promise<ShowSpoilerInfo[]> => {
  cached ??= (async () => {
    const shows: ShowSpoilerInfo[] = []
    for (let page = 1; ; page += 1) {
      const { docs = [], hasNextPage } = await fetchPage(page)
      shows.push(...docs)
      if (!hasNextPage) return shows
    }
  })().catch(() => {
    cached = null
    return []
  })
  return cached
}

/**
 * The shows a spoiler can be scoped to, loading lazily the first time a card opens (or, with
 * `isEnabled`, once the caller needs them).
 */
export const useShowOptions = ({ isEnabled = true } = {}): ShowSpoilerInfo[] => {
  const [shows, setShows] = useState<ShowSpoilerInfo[]>([])
  useEffect(() => {
    if (!isEnabled) return
    let isMounted = true
    void loadShows().then((loaded) => {
      if (isMounted) setShows(loaded)
    })
    return () => {
      isMounted = false
    }
  }, [isEnabled])
  return shows
}
