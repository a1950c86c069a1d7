import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { verifyPassword } from '@/auth/verifyPassword'

/** The virtual field the admin's account form and API clients send the current password in. */
export const CURRENT_PASSWORD = 'currentPassword'

type UserUpdate = { password?: unknown; email?: unknown; [CURRENT_PASSWORD]?: unknown }

const changesCredentials = async (
  data: UserUpdate,
  id: number | string | undefined,
  findEmail: (id: number | string) => Promise<string | undefined>,
): Promise<boolean> => {
  if (typeof data.password === 'string' && data.password !== '') return true
  if (data.email === undefined) return false
  // A bulk update has no one stored e-mail to compare with: any e-mail in it counts.
  if (id === undefined) return true
  const stored = await findEmail(id)
  return String(data.email).toLowerCase().trim() !== stored
}

/**
 * A password or e-mail change through the API must carry the signed-in user's own current
 * password (`currentPassword`), so a stolen session, an unlocked screen or a forged request
 * cannot take an account over by changing its credentials. An admin changing someone else's
 * gives their own. Refused with a 400 whose message says what to do (the admin shows it).
 * Payload's Local API (seeds, scripts, tests) and the reset-password flow are not affected.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.payloadAPI === 'local' || !req.user) return args
  const { data, id } = args as { data?: UserUpdate; id?: number | string }
  if (!data) return args
  const findUser = (userId: number | string) =>
    req.payload.db.findOne<{ id: number | string; email?: string; hash?: string; salt?: string }>({
      collection: 'users',
      where: { id: { equals: userId } },
      req,
    })
  const findEmail = async (userId: number | string) => (await findUser(userId))?.email ?? undefined
  if (!(await changesCredentials(data, id, findEmail))) return args
  const actor = await findUser(req.user.id)
  if (actor && (await verifyPassword(actor, data[CURRENT_PASSWORD]))) return args
  const message =
    data[CURRENT_PASSWORD] === undefined || data[CURRENT_PASSWORD] === ''
      ? 'Enter your current password to change an e-mail address or password.'
      : 'Your current password is not correct.'
  // An APIError, not a ValidationError: under `next build` Payload answered our ValidationError
  // with only "The following field is invalid: currentPassword" (its formatter did not take
  // it for one, and dropped the messages). This message reaches the editor as it is.
  throw new APIError(message, 400, { errors: [{ path: CURRENT_PASSWORD, message }] }, true)
}
