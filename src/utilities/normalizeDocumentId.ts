import type { Payload } from 'payload'

/**
 * An id in the form this database stores, or null when it cannot be one: SQLite uses
 * integers, MongoDB 24-hex ObjectIds. Queries with a malformed id would otherwise fail with
 * a driver error instead of simply matching nothing.
 */
export const normalizeDocumentId = (payload: Payload, id: unknown): number | string | null => {
  const text = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : ''
  if (payload.db.defaultIDType === 'number') return /^\d+$/.test(text) ? Number(text) : null
  return /^[a-f0-9]{24}$/i.test(text) ? text : null
}
