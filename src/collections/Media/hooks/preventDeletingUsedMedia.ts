import type { CollectionBeforeDeleteHook } from 'payload'

import { findReferences, type Reference } from '../../shared/findReferences'
import { refuseDeleteInUse } from '../../shared/refuseDeleteInUse'

const REFERENCES: readonly Reference[] = [
  { collection: 'articles', path: 'heroImage', labelField: 'title', drafts: true },
  { collection: 'shows', path: 'poster', labelField: 'title' },
  { collection: 'characters', path: 'portrait', labelField: 'name' },
]

/** An image still shown as a hero, poster or portrait cannot go: those would break. */
export const preventDeletingUsedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  refuseDeleteInUse('image', await findReferences({ id, references: REFERENCES, req }))
}
