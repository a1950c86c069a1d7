'use client'

import Image, { type ImageProps } from 'next/image'
import { useState } from 'react'

/**
 * next/image that renders nothing once its file fails to load (a file lost from the media
 * directory answers 404), so readers get no broken-image box. next/image replays an error that
 * happened before hydration, so a cached page whose image has since gone drops it too.
 */
export const ImageOrNothing = ({ alt, ...props }: ImageProps) => {
  const [hasFailed, setHasFailed] = useState(false)
  if (hasFailed) return null
  return <Image alt={alt} {...props} onError={() => setHasFailed(true)} />
}
