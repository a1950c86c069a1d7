'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { isSaveOfDocument } from './saveOutcome'
import { subscribeToSaves } from './watchSaves'

import './saveStatus.css'

/**
 * Beside the document controls: "Not saved: <reason>" from the moment a save of this
 * document (autosave, "Save draft" or "Publish") fails until one succeeds. While it shows,
 * Payload's "Last saved …" is hidden, since it would claim the opposite.
 */
export const SaveStatus = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    if (!collectionSlug) return
    return subscribeToSaves(({ url, method, outcome }) => {
      if (!isSaveOfDocument({ url, method, apiRoute, collectionSlug, id })) return
      setFailure(outcome.isSaved ? null : outcome.reason)
    })
  }, [apiRoute, collectionSlug, id])

  useEffect(() => {
    document.documentElement.classList.toggle('has-failed-save', failure !== null)
    return () => document.documentElement.classList.remove('has-failed-save')
  }, [failure])

  if (failure === null) return null
  return (
    <div className="save-status save-status--failed" role="alert">
      <strong>Not saved:</strong> {failure}
    </div>
  )
}
