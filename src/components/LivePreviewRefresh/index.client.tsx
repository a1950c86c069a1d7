'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Rendered only in a staff preview (draft mode): when the admin around the live-preview frame
 * saves the document (autosave, save draft, publish), Payload's `RefreshRouteOnSave` hears it
 * and re-renders this page on the server from the newest draft. The admin and the site share
 * one origin, the only one whose messages it accepts.
 */
export const LivePreviewRefresh = () => {
  const router = useRouter()
  // Read once in the browser; on the server nothing listens, so the value does not matter.
  const [origin] = useState(() => (typeof window === 'undefined' ? '' : window.location.origin))
  return <RefreshRouteOnSave refresh={router.refresh} serverURL={origin} />
}
