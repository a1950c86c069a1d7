'use client'

import { useEffect, useState } from 'react'

import type { CharacterIndexEntry } from '../shared/types'

/** After this long, opening a tagging tool refetches, so new characters show up. */
const MAX_AGE_MS = 60_000

type TagIndex = {
  characters: CharacterIndexEntry[]
  /** Every show title, so show references are never offered as character mentions. */
  showTitles: string[]
}

type IndexState = TagIndex & { isLoading: boolean; error: string | null }

let cache: { at: number; promise: Promise<TagIndex> } | null = null
const listeners = new Set<(state: IndexState) => void>()
let current: IndexState = { characters: [], showTitles: [], isLoading: true, error: null }

const publish = (next: IndexState) => {
  current = next
  for (const listener of listeners) listener(next)
}

const fetchIndex = async (): Promise<TagIndex> => {
  const response = await fetch('/api/characters/tag-index', { credentials: 'include' })
  if (!response.ok) throw new Error(`Could not load characters (${response.status})`)
  const body = (await response.json()) as Partial<TagIndex>
  return { characters: body.characters ?? [], showTitles: body.showTitles ?? [] }
}

/** Loads the character index once per page (shared by every editor on it), refreshing when stale. */
export const loadCharacterIndex = (): Promise<TagIndex> => {
  if (cache && Date.now() - cache.at < MAX_AGE_MS) return cache.promise
  const promise = fetchIndex()
  cache = { at: Date.now(), promise }
  publish({ ...current, isLoading: current.characters.length === 0 })
  promise.then(
    (index) => publish({ ...index, isLoading: false, error: null }),
    (error: unknown) => {
      cache = null
      publish({
        ...current,
        isLoading: false,
        error: error instanceof Error ? error.message : String(error),
      })
    },
  )
  return promise
}

/** The character index for React components; starts loading on first use. */
export const useCharacterIndex = (): IndexState & { refresh: () => void } => {
  const [state, setState] = useState<IndexState>(current)
  useEffect(() => {
    listeners.add(setState)
    void loadCharacterIndex()
    return () => {
      listeners.delete(setState)
    }
  }, [])
  return { ...state, refresh: () => void loadCharacterIndex() }
}

/** The last loaded index, for code outside React (DOM titles). */
export const characterIndexSnapshot = (): CharacterIndexEntry[] => current.characters
