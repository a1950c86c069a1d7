import type { CollectionBeforeDeleteHook } from 'payload'

import { findReferences, type Reference } from '../../shared/findReferences'
import { refuseDeleteInUse } from '../../shared/refuseDeleteInUse'
import { findArticlesScopingShow } from './findArticlesScopingShow'

const REFERENCES: readonly Reference[] = [
  { collection: 'characters', path: 'appearances.show', labelField: 'name' },
  { collection: 'articles', path: 'spoilerWarnings.show', labelField: 'title', drafts: true },
  { collection: 'articles', path: 'shows', labelField: 'title', drafts: true },
]

/** A show that characters, warnings or spoilers point at cannot go: they would dangle. */
export const preventDeletingUsedShow: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const usedBy = await findReferences({ id, references: REFERENCES, req })
  // The body scan is the slow path; skip it when an indexed reference already refuses.
  if (usedBy.length === 0) usedBy.push(...(await findArticlesScopingShow(id, req)))
  refuseDeleteInUse('show', usedBy)
}
