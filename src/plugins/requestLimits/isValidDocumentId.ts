import type { Payload } from 'payload'

import { collectionBySlug } from './queryTarget'

type IdArgs = { payload: Payload; collectionSlug?: string; value: unknown }

const idTypeOf = ({ payload, collectionSlug }: Omit<IdArgs, 'value'>) => {
  const customType = collectionSlug
    ? collectionBySlug(payload, collectionSlug)?.customIDType
    : undefined
  if (customType) return customType
  // MongoDB's default ids are ObjectIds; anything else fails inside the driver (a 500).
  if (payload.db.name === 'mongoose') return 'ObjectID'
  return payload.db.defaultIDType
}

/**
 * Whether `value` could be a document id in `collectionSlug` on this database: SQLite's ids
 * are whole numbers (`"abc"` became NaN and a 500, `"1abc"` was read as 1), MongoDB's are
 * ObjectIds. Says nothing about whether such a document exists.
 */
export const isValidDocumentId = ({ payload, collectionSlug, value }: IdArgs): boolean => {
  const idType = idTypeOf({ payload, collectionSlug })
  if (idType === 'number') {
    const text = typeof value === 'number' ? `${value}` : value
    return typeof text === 'string' && /^-?\d{1,15}$/.test(text)
  }
  if (idType === 'ObjectID') return typeof value === 'string' && /^[\da-f]{24}$/i.test(value)
  return typeof value === 'string' || typeof value === 'number'
}

/** How ids look in `collectionSlug`, for messages a client can act on. */
export const describeIds = ({ payload, collectionSlug }: Omit<IdArgs, 'value'>): string => {
  const idType = idTypeOf({ payload, collectionSlug })
  if (idType === 'number') return 'ids here are whole numbers'
  if (idType === 'ObjectID') return 'ids here are 24-character hexadecimal ObjectIds'
  return 'ids here are text'
}
