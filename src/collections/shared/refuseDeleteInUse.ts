import { APIError } from 'payload'

const NAMES_SHOWN = 3

/**
 * Refuses a delete that would leave other documents pointing nowhere (a 500 from a foreign key
 * on SQLite, or documents that then fail validation on their next save): a 409 naming them,
 * as a character delete does. Does nothing when nothing uses the document.
 */
export const refuseDeleteInUse = (what: string, usedBy: readonly string[]): void => {
  if (usedBy.length === 0) return
  const names = usedBy.slice(0, NAMES_SHOWN).map((name) => `"${name}"`)
  const more = usedBy.length > NAMES_SHOWN ? ` and ${usedBy.length - NAMES_SHOWN} more` : ''
  throw new APIError(
    `Cannot delete: this ${what} is still used by ${names.join(', ')}${more}. Remove it from them first.`,
    409,
    null,
    true,
  )
}
