import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import type { Role } from '@/utilities/checkRole'

import { testContext } from './payload'
import { restLogin } from './rest'

export const STAFF_PASSWORD = 'correct-horse-battery'

export type StaffMember = { user: User; headers: Record<string, string> }

type CreateStaffArgs = { payload: Payload; role: Role; suffix: string; label?: string }

/**
 * Creates a user with one role through the Local API and logs them in over REST, so tests act
 * with a real token. Remove them with `deleteStaff`.
 */
export const createStaff = async ({
  payload,
  role,
  suffix,
  label = role,
}: CreateStaffArgs): Promise<StaffMember> => {
  const email = `${label}-${suffix}@example.com`
  const created = await payload.create({
    collection: 'users',
    data: { email, password: STAFF_PASSWORD, name: `Test ${label}`, roles: [role] },
    context: testContext,
  })
  // On an empty database the first account is made an admin (makeFirstUserAdmin); put the
  // role this test asked for back.
  const user =
    created.roles?.join() === role
      ? created
      : await payload.update({
          collection: 'users',
          id: created.id,
          data: { roles: [role] },
          context: testContext,
        })
  return { user, headers: await restLogin(email, STAFF_PASSWORD) }
}

export const deleteStaff = async (payload: Payload, staff: StaffMember[]): Promise<void> => {
  const ids = staff.filter(Boolean).map(({ user }) => user.id)
  if (ids.length === 0) return
  await payload.delete({ collection: 'users', where: { id: { in: ids } }, context: testContext })
}
