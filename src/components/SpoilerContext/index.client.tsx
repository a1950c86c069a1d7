'use client'

import {
  createContext,
  type ReactNode,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react'

import type { SpoilerWarningInput } from '@/lexical/spoiler/shared/spoilerBannerText'
import type { ShowSpoilerInfo, SpoilerPolicy } from '@/lexical/spoiler/shared/types'

/** "Reveal all" / "Hide all": the last choice wins over each spoiler's own state. */
export type RevealAllState = { isRevealed: boolean | null; epoch: number }

export type SpoilerContextValue = {
  articleWarnings: SpoilerWarningInput[]
  shows: ShowSpoilerInfo[]
  policy: SpoilerPolicy
  shouldKeepWarnings: boolean
  /** Time used for expiry: the render time until mounted, then the reader's clock. */
  now: number
  revealAll: RevealAllState
  setAllRevealed: (isRevealed: boolean) => void
}

const SpoilerContext = createContext<SpoilerContextValue | null>(null)

type SpoilerProviderProps = {
  articleWarnings: SpoilerWarningInput[]
  shows: ShowSpoilerInfo[]
  policy: SpoilerPolicy
  shouldKeepWarnings: boolean
  renderedAt: number
  children: ReactNode
}

const neverChanges = () => () => {}
let loadedAt: number | undefined
const clientLoadTime = (): number => (loadedAt ??= Date.now())

/** Everything the spoilers of one article need to decide whether to show themselves. */
export const SpoilerProvider = ({
  articleWarnings,
  shows,
  policy,
  shouldKeepWarnings,
  renderedAt,
  children,
}: SpoilerProviderProps) => {
  // Pages are cached: expiry is judged by the reader's clock once hydrated, and by the
  // render time before that, so server and client HTML agree.
  const now = useSyncExternalStore(neverChanges, clientLoadTime, () => renderedAt)
  const [revealAll, setRevealAll] = useState<RevealAllState>({ isRevealed: null, epoch: 0 })

  const value = useMemo<SpoilerContextValue>(
    () => ({
      articleWarnings,
      shows,
      policy,
      shouldKeepWarnings,
      now,
      revealAll,
      setAllRevealed: (isRevealed) =>
        setRevealAll((previous) => ({ isRevealed, epoch: previous.epoch + 1 })),
    }),
    [articleWarnings, shows, policy, shouldKeepWarnings, now, revealAll],
  )
  return <SpoilerContext.Provider value={value}>{children}</SpoilerContext.Provider>
}

const EMPTY_CONTEXT: SpoilerContextValue = {
  articleWarnings: [],
  shows: [],
  policy: { softenAfterDays: null },
  shouldKeepWarnings: true,
  now: 0,
  revealAll: { isRevealed: null, epoch: 0 },
  setAllRevealed: () => {},
}

/** The article's spoiler context; outside a provider, spoilers simply stay hidden. */
export const useSpoilerContext = (): SpoilerContextValue =>
  useContext(SpoilerContext) ?? EMPTY_CONTEXT
