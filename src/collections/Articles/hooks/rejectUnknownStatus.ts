import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

const STATUSES: readonly unknown[] = ['draft', 'published']

/**
 * Refuses, with a 400, a create or update whose `_status` is anything but exactly `draft` or
 * `published`. Payload stores other values as they come (SQLite) or fails with a 500 (MongoDB),
 * and plugin-search indexes every status but `draft`, so `"PUBLISHED"`, `"archived"` or `""`
 * would leak a writer's unreviewed title and dek into public search. Runs before access, so
 * every role and every adapter gets the same answer.
 */
export const rejectUnknownStatus: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = (args as { data?: unknown }).data
  if (typeof data !== 'object' || data === null || !('_status' in data)) return args
  const status = (data as { _status?: unknown })._status
  if (status === undefined || STATUSES.includes(status)) return args
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: '_status', message: `_status must be exactly "draft" or "published".` }],
  })
}
