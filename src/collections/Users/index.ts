import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { siteUrl } from '@/utilities/siteUrl'

import { forgetAttemptsOnUnlock, forgetLoginAttempts } from './hooks/forgetLoginAttempts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { CURRENT_PASSWORD, requireCurrentPassword } from './hooks/requireCurrentPassword'
import { throttleLogin } from './hooks/throttleLogin'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
  },
  auth: {
    // No hard account lock: anyone could lock anyone out with it. Logins are throttled by
    // client and account instead (hooks/throttleLogin.ts, docs/security.md #29).
    maxLoginAttempts: 0,
    cookies: {
      // Browsers drop Secure cookies on plain http, so only mark them Secure when the site
      // is served over https (always the case in a real deployment).
      secure: siteUrl().startsWith('https://'),
      sameSite: 'Lax',
    },
  },
  access: {
    admin: authenticated,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleLogin, requireCurrentPassword],
    beforeChange: [makeFirstUserAdmin],
    afterLogin: [forgetLoginAttempts],
    afterOperation: [forgetAttemptsOnUnlock],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      saveToJWT: true,
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Writer', value: 'writer' },
      ],
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Writers draft their own articles, editors publish anything, admins also manage users.',
      },
    },
    {
      // Never stored: checked by hooks/requireCurrentPassword.ts, then dropped.
      name: CURRENT_PASSWORD,
      type: 'text',
      virtual: true,
      label: 'Your current password',
      admin: {
        description: 'Needed to change an e-mail address or a password.',
        condition: (data) => Boolean(data?.id),
        components: { Field: '@/components/admin/CurrentPasswordField#CurrentPasswordField' },
      },
    },
  ],
}
