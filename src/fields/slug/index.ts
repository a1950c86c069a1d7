import type { CollectionSlug, FieldHook, TextField, TextFieldSingleValidation } from 'payload'

import { firstFreeSlug } from './firstFreeSlug'
import { slugify } from '@/utilities/slugify'

type SlugFieldOptions = {
  /** The field the slug is generated from when the editor leaves it empty. */
  from: string
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== ''

/**
 * Generates the slug from the title when it is left empty, and settles clashes on the save
 * that meets them: a generated slug, or any slug saved in a draft, that another document
 * already uses becomes `<slug>-2` (or the next free number), and the slug field's note tells
 * the editor. Only a slug the editor typed and then publishes (or saves in a collection
 * without drafts) is refused instead, by `validateSlug`, since changing it silently would
 * publish at an address nobody chose.
 */
const settleSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const typed = nonEmpty(value) ? slugify(value) : undefined
    const source = data?.[from] ?? originalDoc?.[from]
    // Leave it unset rather than empty: an empty string would clash on the unique index
    // for every untitled draft.
    const slug = typed || (nonEmpty(source) ? slugify(source) : undefined)
    // Already this document's slug, so already settled: autosaves pay no lookups.
    if (!slug || !collection || slug === originalDoc?.slug) return slug
    const hasDrafts = Boolean(collection.versions?.drafts)
    const isDraftSave = hasDrafts && data?._status !== 'published'
    if (typed && !isDraftSave) return slug
    return firstFreeSlug({
      slug,
      collection: collection.slug as CollectionSlug,
      id: originalDoc?.id,
      hasDrafts,
      req,
    })
  }

/**
 * Checks uniqueness before the write so the editor gets "this slug is taken" on the slug
 * field on every database. The unique index stays as the guard against races; FerretDB's
 * duplicate-key error does not name the index, so Payload could not name the field from it
 * (see docs/mongodb.md).
 */
const validateSlug: TextFieldSingleValidation = async (value, { collectionSlug, id, req }) => {
  if (value === undefined || value === null || value === '') return true
  if (!SLUG_PATTERN.test(value)) return 'Use lower-case letters, digits and single hyphens only.'
  if (!collectionSlug) return true
  const { totalDocs } = await req.payload.count({
    collection: collectionSlug as CollectionSlug,
    where:
      id === undefined
        ? { slug: { equals: value } }
        : { and: [{ slug: { equals: value } }, { id: { not_equals: id } }] },
    req,
  })
  return totalDocs === 0 ? true : `The slug "${value}" is already used by another document.`
}

/** A unique, indexed URL slug, generated from another field when left empty. */
export const slugField = ({ from }: SlugFieldOptions): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  admin: {
    position: 'sidebar',
    description: `Used in the URL. Leave empty to generate it from the ${from}.`,
    components: { afterInput: ['@/components/admin/SlugNote#SlugNote'] },
  },
  hooks: { beforeValidate: [settleSlug(from)] },
  validate: validateSlug,
})
