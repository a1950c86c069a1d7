/**
 * True when a write could make a document public: its data sets `_status` to anything but
 * `draft`. Only the exact `draft` is safe; `"PUBLISHED"`, `""`, arrays or other values are
 * treated as publishing, so a writer can never slip a non-standard status past this check.
 * Payload passes the incoming data to `create` and `update` access, and passes the restored
 * status when a version is restored, so one check covers every way of publishing.
 */
export const isPublishing = (data: unknown): boolean => {
  if (typeof data !== 'object' || data === null || !('_status' in data)) return false
  const status = (data as { _status?: unknown })._status
  return status !== undefined && status !== 'draft'
}
