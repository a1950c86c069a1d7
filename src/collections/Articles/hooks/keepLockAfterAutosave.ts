import type { CollectionAfterChangeHook } from 'payload'

const LOCKS = 'payload-locked-documents'

/**
 * Keeps an article locked by the editor whose autosave just ran. Payload 3.90's update
 * operation deletes the document's lock on every save, autosave included, and the admin
 * re-creates it only on the editor's next change. Articles autosave 800 ms after a keystroke,
 * so an editor who had typed and paused held no lock, and a second editor opening the article
 * was not warned (docs/operations.md, "Document locking"). An autosave means the editor still
 * has the article open, so the lock is put back for them, within the save's request.
 * Manual saves, publishes and API writes without `autosave=true` keep Payload's behaviour.
 */
export const keepLockAfterAutosave: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  const isAutosave = req.query?.autosave === 'true' || req.query?.autosave === true
  if (operation !== 'update' || !isAutosave || !req.user) return doc
  const held = await req.payload.count({
    collection: LOCKS,
    where: {
      and: [
        { 'document.relationTo': { equals: 'articles' } },
        { 'document.value': { equals: doc.id } },
      ],
    },
    req,
  })
  if (held.totalDocs === 0) {
    await req.payload.create({
      collection: LOCKS,
      data: {
        document: { relationTo: 'articles', value: doc.id },
        user: { relationTo: req.user.collection as 'users', value: req.user.id },
      },
      req,
    })
  }
  return doc
}
