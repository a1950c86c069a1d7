import type { Access } from 'payload'

import { checkRole } from '@/utilities/checkRole'

/** Admins see every account; everyone else sees only their own. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(user, ['admin'])) return true
  return { id: { equals: user.id } }
}
