/**
 * True when a write would make a document public: its data sets `_status` to `published`.
 * Payload passes the incoming data to `create` and `update` access, and passes the restored
 * status when a version is restored, so one check covers every way of publishing.
 */
export const isPublishing = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  (data as { _status?: unknown })._status === 'published'
