import {
  APIError,
  type CollectionBeforeOperationHook,
  type PayloadHandler,
  type PayloadRequest,
  UnauthorizedError,
  type Where,
} from 'payload'

import { MAX_PREFERENCE_BYTES, MAX_PREFERENCES_PER_USER } from './limits'
import { carriesClientDocument } from './rejectBadDocument'

export const PREFERENCES = 'payload-preferences'

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} kB`

const tooLarge = (bytes?: number) =>
  new APIError(
    `The preference is too large${bytes ? `: ${kilobytes(bytes)}` : ''}; one preference may hold at most ${kilobytes(MAX_PREFERENCE_BYTES)}.`,
    413,
    null,
    true,
  )

/** Refuses a preference value larger than MAX_PREFERENCE_BYTES. */
const checkSize = (value: unknown) => {
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? '')
  if (bytes > MAX_PREFERENCE_BYTES) throw tooLarge(bytes)
}

/** Refuses a new key once the user holds MAX_PREFERENCES_PER_USER of them. */
const checkRoomForKey = async (req: PayloadRequest, key: unknown) => {
  const { user } = req
  if (!user) return
  const mine: Where[] = [
    { 'user.value': { equals: user.id } },
    { 'user.relationTo': { equals: user.collection } },
  ]
  const count = (extra: Where[]) =>
    req.payload.count({ collection: PREFERENCES, where: { and: [...mine, ...extra] }, req })
  if (typeof key === 'string' && (await count([{ key: { equals: key } }])).totalDocs > 0) return
  if ((await count([])).totalDocs < MAX_PREFERENCES_PER_USER) return
  throw new APIError(
    `An account may keep at most ${MAX_PREFERENCES_PER_USER.toLocaleString('en')} saved preferences: delete ones you no longer need (DELETE /api/payload-preferences/<key>) before adding more.`,
    400,
    null,
    true,
  )
}

/**
 * Reads a JSON body, but never more than `maxBytes` of it: Payload's preference endpoint read
 * any body whole (a writer stored 50 MB) and stored `{}` when it was not JSON.
 */
const readJsonWithin = async (req: PayloadRequest, maxBytes: number): Promise<unknown> => {
  if (Number(req.headers.get('content-length')) > maxBytes) throw tooLarge()
  const chunks: Uint8Array[] = []
  let bytes = 0
  const reader = req.body?.getReader()
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    bytes += read.value.byteLength
    if (bytes > maxBytes) {
      await reader!.cancel()
      throw tooLarge()
    }
    chunks.push(read.value)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new APIError('Send the preference as JSON: {"value": …}.', 400, null, true)
  }
}

/** Room for `{"value": …}` around the value itself. */
const ENVELOPE_BYTES = 1024

/**
 * Wraps Payload's `POST /api/payload-preferences/:key` (the admin's only way to save one),
 * which writes straight to the database with no hooks: the body is read within the size limit,
 * and a new key must fit under the per-user cap.
 */
export const limitPreferenceEndpoint =
  (handler: PayloadHandler): PayloadHandler =>
  async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const data = await readJsonWithin(req, MAX_PREFERENCE_BYTES + ENVELOPE_BYTES)
    const body = data as { value?: unknown } | null
    checkSize(body?.value ?? body)
    await checkRoomForKey(req, req.routeParams?.key)
    req.data = body as Record<string, unknown>
    req.json = () => Promise.resolve(data)
    return handler(req)
  }

/** The same limits for the collection's plain REST create and update. */
export const limitPreferenceDocument: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (!carriesClientDocument(req, operation, args)) return args
  const data = (args as { data?: { key?: unknown; value?: unknown } }).data
  checkSize(data?.value)
  if (operation === 'create') await checkRoomForKey(req, data?.key)
  return args
}
