/** What the last save of a document came to, for the status line. */
export type SaveOutcome = { isSaved: true } | { isSaved: false; reason: string }

type SaveRequest = {
  url: string
  method: string
  apiRoute: string
  collectionSlug: string
  id?: number | string
}

/**
 * Whether a request is a save of this document: the admin's autosave, "Save draft" and
 * "Publish" all send `PATCH <api>/<collection>/<id>`; creating sends `POST <api>/<collection>`.
 */
export const isSaveOfDocument = ({
  url,
  method,
  apiRoute,
  collectionSlug,
  id,
}: SaveRequest): boolean => {
  const verb = method.toUpperCase()
  const path = new URL(url, 'http://admin.invalid').pathname
  const base = `${apiRoute}/${collectionSlug}`
  if (verb === 'PATCH') return id !== undefined && path === `${base}/${id}`
  return verb === 'POST' && id === undefined && path === base
}

type ErrorBody = {
  message?: unknown
  errors?: Array<{
    message?: unknown
    data?: { errors?: Array<{ message?: unknown; label?: unknown; path?: unknown }> }
  }>
}

const firstText = (...candidates: unknown[]): string | undefined =>
  candidates.find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  )

/**
 * The reason a failed save gives, in the words the server used: a field error names its
 * field ("Slug: The slug … is already used"), otherwise the first message, otherwise the
 * HTTP status.
 */
export const failureReason = (status: number, statusText: string, body: unknown): string => {
  const { message, errors } = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody
  const first = errors?.[0]
  const fieldError = first?.data?.errors?.[0]
  if (fieldError) {
    const text = firstText(fieldError.message)
    const field = firstText(fieldError.label, fieldError.path)
    if (text) return field ? `${field}: ${text}` : text
  }
  return (
    firstText(first?.message, message) ??
    `the server answered ${status}${statusText ? ` ${statusText}` : ''}`
  )
}
