'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/**
 * "View article" beside the document controls once the article is live: a link to the page
 * readers see, at its published slug (a newer draft may already carry another one). Checked
 * again after every save, so it appears as soon as "Publish" succeeds.
 */
export const ViewArticleLink = () => {
  const { id, hasPublishedDoc, lastUpdateTime } = useDocumentInfo()
  const [slug, setSlug] = useState<string | null>(null)

  useEffect(() => {
    if (id === undefined || !hasPublishedDoc) return
    const controller = new AbortController()
    // Without `draft`, staff read the published document.
    fetch(`/api/articles/${id}?depth=0&select[slug]=true&select[_status]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { slug?: string | null; _status?: string } | null) =>
        setSlug(doc?._status === 'published' && doc.slug ? doc.slug : null),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, hasPublishedDoc, lastUpdateTime])

  if (!slug || !hasPublishedDoc) return null
  return (
    <Button
      el="anchor"
      url={`/articles/${slug}`}
      newTab
      buttonStyle="secondary"
      size="medium"
      margin={false}
      className="view-article-link"
    >
      View article
    </Button>
  )
}
