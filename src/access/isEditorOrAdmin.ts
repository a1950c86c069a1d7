import type { Access } from 'payload'

import { checkRole } from '@/utilities/checkRole'

/** Editors and admins manage shared reference data: shows, characters and media. */
export const isEditorOrAdmin: Access = ({ req: { user } }) => checkRole(user, ['editor', 'admin'])
