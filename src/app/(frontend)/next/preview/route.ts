import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '@/queries/payloadClient'
import { authorizePreview } from '@/utilities/authorizePreview'

/**
 * The draft preview entry, used by the admin's preview button and live preview. Draft mode is
 * switched on only for a signed-in staff member who can read the article; everyone else gets
 * a 4xx and no draft-mode cookie.
 */
export async function GET(request: Request): Promise<Response> {
  const slug = new URL(request.url).searchParams.get('slug')
  const decision = await authorizePreview({
    payload: await payloadClient(),
    headers: request.headers,
    slug,
  })
  if (!decision.isAllowed) {
    return Response.json(
      { message: decision.message },
      { status: decision.status, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  ;(await draftMode()).enable()
  redirect(decision.path)
}
