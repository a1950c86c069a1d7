import {
  type Access,
  docAccessOperation,
  docAccessOperationGlobal,
  type PayloadRequest,
} from 'payload'
import { extractID } from 'payload/shared'

import type { PayloadLockedDocument } from '@/payload-types'

type Holder = { relationTo?: unknown; value?: unknown }

/** The admin's "take over" sends exactly `{ user: <the signed-in user> }`, nothing else. */
const isOnlyTakingOver = (data: unknown, user: NonNullable<PayloadRequest['user']>): boolean => {
  if (typeof data !== 'object' || data === null) return false
  const keys = Object.keys(data)
  if (keys.length !== 1 || keys[0] !== 'user') return false
  const holder = (data as { user?: Holder }).user
  return holder?.relationTo === user.collection && String(holder?.value) === String(user.id)
}

const mayEditLockedDocument = async (
  lock: PayloadLockedDocument,
  req: PayloadRequest,
): Promise<boolean> => {
  if (lock.document) {
    const collection = req.payload.collections[lock.document.relationTo]
    const id = extractID(lock.document.value)
    return Boolean(collection && (await docAccessOperation({ id, collection, req })).update)
  }
  const globalConfig = req.payload.config.globals.find(({ slug }) => slug === lock.globalSlug)
  return Boolean(globalConfig && (await docAccessOperationGlobal({ globalConfig, req })).update)
}

/**
 * A lock record may change only the way the admin's "take over" changes it: the signed-in
 * user puts their own name on one lock (by id, never a bulk update), and only on a document
 * they may edit anyway. A lock in anyone else's name, or moved to another document, would
 * block that document's saves with 423 for the people who may really edit it.
 */
export const canTakeOverLock: Access = async ({ id, data, req }) => {
  if (!req.user || id === undefined || !isOnlyTakingOver(data, req.user)) return false
  const lock = await req.payload.findByID({
    collection: 'payload-locked-documents',
    id,
    depth: 0,
    disableErrors: true,
    req,
  })
  return lock !== null && (await mayEditLockedDocument(lock, req))
}
