import { revalidatePath, revalidateTag } from 'next/cache'
import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '@/db/afterCommit'

import { internalOrigin, revalidationToken } from './revalidationToken'

type RevalidateArgs = {
  /** The save's request: its context may disable revalidation; its transaction must commit first. */
  req: PayloadRequest
  paths?: string[]
  tags?: string[]
}

/**
 * Saves made inside the Next server but outside any request (the jobs runner publishing a
 * scheduled article) cannot call revalidateTag directly: Next needs a request's store. They
 * ask the server to do it through its own /next/revalidate route instead.
 */
const revalidateThroughServer = (payload: Payload, tags: string[], paths: string[]): void => {
  void fetch(`${internalOrigin()}/next/revalidate`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-revalidate-token': revalidationToken(payload.secret),
    },
    body: JSON.stringify({ tags, paths }),
  })
    .then((response) => {
      if (!response.ok) throw new Error(`status ${response.status}`)
    })
    .catch((error: unknown) =>
      payload.logger.warn({
        err: error,
        msg: 'Could not revalidate the public site cache through the server',
      }),
    )
}

/**
 * Expire cache tags and pages after a change, once the save's transaction has committed (a
 * render between the two would cache the old data as fresh: src/db/afterCommit.ts). Seeds,
 * scripts and tests run outside a Next request and pass `context.disableRevalidate`. A save in
 * the server process but outside a request goes through the server's revalidation route;
 * anything else is logged, not thrown, so a save never fails because a cache could not be told.
 */
export const revalidate = ({ req, paths = [], tags = [] }: RevalidateArgs): void => {
  if (req.context.disableRevalidate) return
  const uniqueTags = [...new Set(tags)]
  const uniquePaths = [...new Set(paths)]
  afterCommit(req, () => expire(req.payload, uniqueTags, uniquePaths))
}

const expire = (payload: Payload, uniqueTags: string[], uniquePaths: string[]): void => {
  try {
    // `expire: 0` makes the very next request render fresh instead of serving stale once.
    for (const tag of uniqueTags) revalidateTag(tag, { expire: 0 })
    for (const path of uniquePaths) revalidatePath(path)
  } catch (error) {
    if (process.env.NEXT_RUNTIME === 'nodejs') {
      revalidateThroughServer(payload, uniqueTags, uniquePaths)
      return
    }
    payload.logger.warn({ err: error, msg: 'Could not revalidate the public site cache' })
  }
}
