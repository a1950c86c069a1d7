import type { LivePreviewConfig } from 'payload'

/**
 * The admin's live preview for articles: the public article page, framed through
 * `/next/preview`, which turns on draft mode only for signed-in staff who may read the draft.
 * Until the article has a slug there is nothing to show, so the preview stays off.
 */
export const articleLivePreview: LivePreviewConfig = {
  url: ({ data }) =>
    typeof data?.slug === 'string' && data.slug
      ? `/next/preview?slug=${encodeURIComponent(data.slug)}`
      : null,
  breakpoints: [
    { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
    { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
    { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
  ],
}
