import { useSyncExternalStore } from 'react'

import type { ShowId, WatchedProgress, WatchedUpTo } from '@/lexical/spoiler/shared/types'
import { parseWatchedProgress, withWatched } from '@/lexical/spoiler/shared/watchedProgress'

/** The device storage key; bump the suffix if the stored shape ever changes. */
export const WATCHED_PROGRESS_KEY = 'spoilerproof:watched:v1'

const CHANGE_EVENT = 'spoilerproof:watched-change'
const EMPTY: WatchedProgress = {}

let lastRaw: string | null = null
let lastParsed: WatchedProgress = EMPTY

const readRaw = (): string | null => {
  try {
    return window.localStorage.getItem(WATCHED_PROGRESS_KEY)
  } catch {
    // Storage can be disabled (privacy modes); then nothing is remembered.
    return null
  }
}

/** Parsed once per stored value, so React sees a stable snapshot between changes. */
const snapshot = (): WatchedProgress => {
  const raw = readRaw()
  if (raw !== lastRaw) {
    lastRaw = raw
    lastParsed = parseWatchedProgress(raw)
  }
  return lastParsed
}

const subscribe = (onChange: () => void): (() => void) => {
  // `storage` fires for other tabs; our own event for this one.
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

const write = (progress: WatchedProgress): void => {
  try {
    if (Object.keys(progress).length === 0) window.localStorage.removeItem(WATCHED_PROGRESS_KEY)
    else window.localStorage.setItem(WATCHED_PROGRESS_KEY, JSON.stringify(progress))
  } catch {
    return
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

/** Record how far the reader has watched a show, or forget it with null. */
export const setWatched = (show: ShowId, watched: WatchedUpTo | null): void =>
  write(withWatched(snapshot(), show, watched))

/** Forget every show. */
export const clearWatched = (): void => write({})

/**
 * The reader's progress from this device. The server (and hydration) see none, so every
 * spoiler is hidden in the HTML and only revealed in the browser that holds the progress.
 */
export const useWatchedProgress = (): WatchedProgress =>
  useSyncExternalStore(subscribe, snapshot, () => EMPTY)
