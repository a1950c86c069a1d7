import type { Access, Where } from 'payload'

/** A user may release (delete) only the locks held in their own name. */
export const isOwnLock: Access = ({ req: { user } }) => {
  if (!user) return false
  const heldByUser: Where[] = [
    { 'user.relationTo': { equals: user.collection } },
    { 'user.value': { equals: user.id } },
  ]
  return { and: heldByUser }
}
