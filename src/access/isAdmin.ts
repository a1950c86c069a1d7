import type { AccessArgs, FieldAccess } from 'payload'

import { checkRole } from '@/utilities/checkRole'

/** Returns a plain boolean so it also fits the boolean-only slots, such as `unlock`. */
export const isAdmin = ({ req: { user } }: AccessArgs): boolean => checkRole(user, ['admin'])

/** Field-level twin of `isAdmin`, for fields such as `roles` only admins may set. */
export const isAdminField: FieldAccess = ({ req: { user } }) => checkRole(user, ['admin'])
