'use client'

import { useEffect, useState } from 'react'

import type { CharacterIndexEntry } from '../shared/types'

/** After this long, opening a tagging tool refetches, so new characters show up. */
const MAX_AGE_MS = 60_000

type IndexState = { characters: CharacterIndexEntry[]; isLoading: boolean; error: string | null }

let cache: { at: number; promise: Promise<CharacterIndexEntry[]> } | null = null
const listeners = new Set<(state: IndexState) => void>()
let current: IndexState = { characters: [], isLoading: true, error: null }

const publish = (next: IndexState) => {
  current = next
  for (const listener of listeners) listener(next)
}

const fetchIndex = async (): Promise<CharacterIndexEntry[]> => {
  const response = await fetch('/api/characters/tag-index', { credentials: 'include' })
  if (!response.ok) throw new Error(`Could not load characters (${response.status})`)
  const body = (await response.json()) as { characters: CharacterIndexEntry[] }
  return body.characters
}

/** Loads the character index once per page (shared by every editor on it), refreshing when stale. */
export const loadCharacterIndex = (): Promise<CharacterIndexEntry[]> => {
  if (cache && Date.now() - cache.at < MAX_AGE_MS) return cache.promise
  const promise = fetchIndex()
  cache = { at: Date.now(), promise }
  publish({ ...current, isLoading: current.characters.length === 0 })
  promise.then(
    (characters) => publish({ characters, isLoading: false, error: null }),
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
