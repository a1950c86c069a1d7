import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { formatDateTime } from '@/utilities/formatDate'

type Stamped = { updatedAt?: unknown; lastEditedBy?: unknown }
type Saver = { by?: unknown; at: string }

const time = (value: unknown): number =>
  typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : Number.NaN

/**
 * The newest save by someone other than `user` made after `since`: from the versions where the
 * collection keeps them (an autosave and the save after it are separate versions), else from
 * the document itself.
 */
const savedByOthersSince = async ({
  req,
  collection,
  id,
  original,
  since,
}: {
  req: PayloadRequest
  collection: { slug: string; versions?: unknown }
  id: number | string
  original: Stamped
  since: string
}): Promise<Saver | undefined> => {
  const userId = req.user ? String(req.user.id) : undefined
  if (!collection.versions) {
    const by = original.lastEditedBy
    const isOther = by === undefined || by === null || String(extractID(by as never)) !== userId
    return isOther ? { by, at: String(original.updatedAt) } : undefined
  }
  const { docs } = await req.payload.findVersions({
    collection: collection.slug as 'articles',
    where: {
      and: [
        { parent: { equals: id } },
        // The copy's own stamp: the version row's `updatedAt` is set a moment after it.
        { 'version.updatedAt': { greater_than: since } },
        ...(userId ? [{ 'version.lastEditedBy': { not_equals: userId } }] : []),
      ],
    },
    select: { version: { updatedAt: true, lastEditedBy: true } },
    sort: '-version.updatedAt',
    limit: 1,
    depth: 0,
    req,
  })
  const [version] = docs
  return version
    ? { by: version.version.lastEditedBy, at: String(version.version.updatedAt) }
    : undefined
}

const nameOf = async (req: PayloadRequest, by: unknown): Promise<string> => {
  if (by === undefined || by === null) return 'Someone'
  const user = await req.payload.findByID({
    collection: 'users',
    id: extractID(by as never),
    select: { name: true, email: true },
    depth: 0,
    disableErrors: true,
    req,
  })
  return user?.name || user?.email || 'Someone'
}

/**
 * Refuses, with a 409 that names who saved and when, a save made from a copy that someone else
 * has saved over since. The client says which copy it edited by sending that copy's
 * `updatedAt` (the admin's form always does; a REST client opts in the same way). Without it
 * the save goes through as before. The editor's own saves never count: an autosave landing
 * just before their Publish, sent from the same form, is not a conflict.
 *
 * Runs inside the save's transaction, after Payload read the document, so two saves from the
 * same copy cannot both pass. `originalDoc` is the newest version where drafts are kept.
 */
export const rejectStaleSave: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || !req.user) return data
  const since = (data as Stamped).updatedAt
  const sinceTime = time(since)
  if (Number.isNaN(sinceTime) || sinceTime >= time((originalDoc as Stamped).updatedAt)) return data
  const saver = await savedByOthersSince({
    req,
    collection,
    id: originalDoc.id,
    original: originalDoc as Stamped,
    since: new Date(sinceTime).toISOString(),
  })
  if (!saver) return data
  const who = await nameOf(req, saver.by)
  throw new APIError(
    `${who} saved this ${typeof collection.labels?.singular === 'string' ? collection.labels.singular.toLowerCase() : 'document'} at ${formatDateTime(saver.at)}, after you opened it, so your changes were not saved. Copy anything you want to keep, then reload the page to see their version.`,
    409,
    { conflict: { savedBy: who, savedAt: saver.at } },
    true,
  )
}
