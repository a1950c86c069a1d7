import type { AccessArgs } from 'payload'

/**
 * Any signed-in staff member (writer, editor or admin). A plain boolean, so it also fits the
 * boolean-only `admin` slot.
 */
export const authenticated = ({ req: { user } }: AccessArgs): boolean => Boolean(user)
