import type { PayloadRequest } from 'payload'

import { checkRole } from '@/utilities/checkRole'

/**
 * Editors and admins: the roles that publish. A plain boolean on `{ req }`, so it also fits
 * the jobs queue's `access.run`, `access.queue` and `access.cancel`.
 */
export const isPublisher = ({ req: { user } }: { req: Pick<PayloadRequest, 'user'> }): boolean =>
  checkRole(user, ['editor', 'admin'])
