'use client'

import { failureReason, type SaveOutcome } from './saveOutcome'

/** One finished request the admin made: where it went, and how it ended. */
export type FinishedRequest = { url: string; method: string; outcome: SaveOutcome }

type Listener = (request: FinishedRequest) => void

const listeners = new Set<Listener>()
let originalFetch: typeof fetch | null = null

const urlOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url

const outcomeOf = async (response: Response): Promise<SaveOutcome> => {
  if (response.ok) return { isSaved: true }
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null)
  return { isSaved: false, reason: failureReason(response.status, response.statusText, body) }
}

/**
 * Payload's admin saves through `fetch` and reports a failure only in a toast that fades,
 * while its status line keeps saying "Last saved". This watches the responses (never changing
 * them) so the edit view can keep a failed save on screen until a save succeeds. Installed
 * while at least one listener is subscribed.
 */
export const subscribeToSaves = (listener: Listener): (() => void) => {
  listeners.add(listener)
  if (!originalFetch) {
    const passThrough = window.fetch.bind(window)
    originalFetch = window.fetch
    window.fetch = async (input, init) => {
      const url = urlOf(input)
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
      const notify = (outcome: SaveOutcome) => {
        for (const each of listeners) each({ url, method, outcome })
      }
      try {
        const response = await passThrough(input, init)
        if (method.toUpperCase() !== 'GET') void outcomeOf(response).then(notify)
        return response
      } catch (error) {
        if (method.toUpperCase() !== 'GET')
          notify({ isSaved: false, reason: 'the server could not be reached' })
        throw error
      }
    }
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && originalFetch) {
      window.fetch = originalFetch
      originalFetch = null
    }
  }
}
