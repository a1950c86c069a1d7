import type { FieldHook, RelationshipField } from 'payload'

const stampEditor: FieldHook = ({ req: { user }, value }) =>
  user?.collection === 'users' ? user.id : value

/**
 * Who saved the document (or its newest version) last: shown to editors in the sidebar, and
 * named when a save from an outdated copy is refused (src/collections/shared/rejectStaleSave.ts).
 * Set by the server on every save, never by the client; staff only, since readers may not
 * read user accounts.
 */
export const lastEditedByField = (): RelationshipField => ({
  name: 'lastEditedBy',
  type: 'relationship',
  relationTo: 'users',
  // Whatever a client sends is replaced by the hook; readers may not see staff accounts.
  access: { read: ({ req: { user } }) => Boolean(user) },
  // Shown once someone has saved: an empty read-only picker ("Select a value") says nothing.
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.lastEditedBy) },
  hooks: { beforeChange: [stampEditor] },
})
