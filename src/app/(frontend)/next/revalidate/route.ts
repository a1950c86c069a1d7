import { timingSafeEqual } from 'node:crypto'

import { revalidatePath, revalidateTag } from 'next/cache'

import { payloadClient } from '@/queries/payloadClient'
import { revalidationToken } from '@/utilities/revalidationToken'

/** More than any single save expires; bounds the work one request can ask for. */
const MAX_ENTRIES = 5_000

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_ENTRIES &&
  value.every((item) => typeof item === 'string')

/**
 * Internal: expires cache tags and paths for saves made outside a request (see
 * src/utilities/revalidate.ts). Only callers holding the HMAC of the server's secret get in.
 */
export async function POST(request: Request): Promise<Response> {
  const payload = await payloadClient()
  const expected = Buffer.from(revalidationToken(payload.secret))
  const given = Buffer.from(request.headers.get('x-revalidate-token') ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: 'Not allowed.' }, { status: 401 })
  }
  const body = (await request.json().catch(() => null)) as {
    tags?: unknown
    paths?: unknown
  } | null
  if (!body || !isStringList(body.tags ?? []) || !isStringList(body.paths ?? [])) {
    return Response.json({ error: 'Send {"tags": string[], "paths": string[]}.' }, { status: 400 })
  }
  for (const tag of (body.tags ?? []) as string[]) revalidateTag(tag, { expire: 0 })
  for (const path of (body.paths ?? []) as string[]) revalidatePath(path)
  return new Response(null, { status: 204 })
}
