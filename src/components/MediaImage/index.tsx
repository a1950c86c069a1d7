import type { Media } from '@/payload-types'

import { ImageOrNothing } from './ImageOrNothing.client'

type MediaImageProps = {
  className?: string
  media: Media | number | string | null | undefined
  isPriority?: boolean
  /** The `sizes` attribute: how wide the image is drawn at each breakpoint. */
  sizes: string
}

/** A Payload upload drawn through next/image, from local media only; nothing if its file is gone. */
export const MediaImage = ({ className, media, isPriority = false, sizes }: MediaImageProps) => {
  if (!media || typeof media !== 'object' || !media.url || !media.width || !media.height) {
    return null
  }
  return (
    <ImageOrNothing
      className={className}
      src={media.url}
      alt={media.alt}
      width={media.width}
      height={media.height}
      sizes={sizes}
      priority={isPriority}
    />
  )
}
