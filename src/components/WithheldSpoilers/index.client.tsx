'use client'

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'

import type { WithheldSpoiler } from '@/lexical/spoiler/shared/withholdSpoilers'

type Status = 'idle' | 'loading' | 'loaded' | 'failed'

type WithheldSpoilersValue = {
  status: Status
  spoilers: WithheldSpoiler[]
  /** The article with every spoiler shown: for readers without JavaScript, or when loading fails. */
  pageUrl: string
  load: () => void
}

const WithheldSpoilersContext = createContext<WithheldSpoilersValue | null>(null)

type WithheldSpoilersProviderProps = {
  /** `/articles/<slug>/spoilers.json?v=…`: every spoiler's words, fetched once, on first need. */
  url: string
  pageUrl: string
  children: ReactNode
}

/**
 * The words of an article's spoilers, which the page leaves out of its HTML (issue 13 item 6):
 * one request for the whole article, made the first time a spoiler is revealed, shown by the
 * reader's progress or softened by the policy, and shared by every spoiler on the page.
 */
export const WithheldSpoilersProvider = ({
  url,
  pageUrl,
  children,
}: WithheldSpoilersProviderProps) => {
  const [status, setStatus] = useState<Status>('idle')
  const [spoilers, setSpoilers] = useState<WithheldSpoiler[]>([])
  // Several spoilers may ask in the same render; the ref keeps it to one request at a time.
  const inFlight = useRef(false)

  const load = useCallback(() => {
    if (inFlight.current) return
    inFlight.current = true
    setStatus('loading')
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`spoilers: ${response.status}`)
        const body = (await response.json()) as { spoilers?: WithheldSpoiler[] }
        setSpoilers(body.spoilers ?? [])
        setStatus('loaded')
      })
      .catch(() => {
        // A later reveal may try again.
        inFlight.current = false
        setStatus('failed')
      })
  }, [url])

  const value = useMemo<WithheldSpoilersValue>(
    () => ({ status, spoilers, pageUrl, load }),
    [status, spoilers, pageUrl, load],
  )
  return (
    <WithheldSpoilersContext.Provider value={value}>{children}</WithheldSpoilersContext.Provider>
  )
}

/**
 * One withheld spoiler's content, loading it once `shouldLoad` is true. Outside a provider
 * (a staff preview, where nothing is withheld) it reports `failed` with no page to go to.
 */
export const useWithheldSpoiler = (index: number, shouldLoad: boolean) => {
  const context = useContext(WithheldSpoilersContext)
  const load = context?.load
  useEffect(() => {
    if (shouldLoad) load?.()
  }, [shouldLoad, load])
  if (!context) return { status: 'failed' as Status, nodes: null, pageUrl: null }
  return {
    status: context.status,
    nodes: context.spoilers[index]?.nodes ?? null,
    pageUrl: context.pageUrl,
  }
}

/** The version of the article with its spoilers shown, or null where nothing is withheld. */
export const useSpoilersPageUrl = (): string | null =>
  useContext(WithheldSpoilersContext)?.pageUrl ?? null
