import { revalidatePath, revalidateTag } from 'next/cache'
import type { Payload, RequestContext } from 'payload'

type RevalidateArgs = {
  context: RequestContext
  payload: Payload
  paths?: string[]
  tags?: string[]
}

/**
 * Expire cache tags and pages after a change. Seeds, scripts and tests run outside a Next
 * request and pass `context.disableRevalidate`; anything else outside Next is logged, not
 * thrown, so a save never fails because a cache could not be told.
 */
export const revalidate = ({ context, payload, paths = [], tags = [] }: RevalidateArgs): void => {
  if (context.disableRevalidate) return
  try {
    // `expire: 0` makes the very next request render fresh instead of serving stale once.
    for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
    for (const path of new Set(paths)) revalidatePath(path)
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'Could not revalidate the public site cache' })
  }
}
