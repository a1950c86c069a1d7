import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '@/queries/payloadClient'
import { authorizePreview } from '@/utilities/authorizePreview'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** A person following a link, rather than a script: they get pages, not JSON. */
const isBrowserNavigation = (headers: Headers): boolean =>
  headers.get('sec-fetch-mode') === 'navigate' ||
  (headers.get('accept') ?? '').includes('text/html')

/**
 * The draft preview entry, used by the admin's preview button and live preview. Draft mode is
 * switched on only for a signed-in staff member who can read the article; everyone else gets
 * a 4xx and no draft-mode cookie. A colleague who opens a shared preview link while logged out
 * is sent to the admin's login, which brings them back here afterwards.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const payload = await payloadClient()
  const decision = await authorizePreview({
    payload,
    headers: request.headers,
    slug: url.searchParams.get('slug'),
  })
  if (decision.isAllowed) {
    ;(await draftMode()).enable()
    redirect(decision.path)
  }
  if (!isBrowserNavigation(request.headers)) {
    return Response.json(
      { message: decision.message },
      { status: decision.status, headers: NO_STORE },
    )
  }
  if (decision.status === 401) {
    // Back to this same path and query once logged in; Payload's login accepts only a
    // same-origin path, so this cannot be bent into an open redirect.
    const back = `${url.pathname}${url.search}`
    const login = `${payload.config.routes.admin}/login?redirect=${encodeURIComponent(back)}`
    return new Response(null, { status: 303, headers: { ...NO_STORE, Location: login } })
  }
  return new Response(decision.message, {
    status: decision.status,
    headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
