import type { FieldHook, TextField } from 'payload'

import { slugify } from '@/utilities/slugify'

type SlugFieldOptions = {
  /** The field the slug is generated from when the editor leaves it empty. */
  from: string
}

const generateSlug =
  (from: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    // Leave it unset rather than empty: an empty string would clash on the unique index
    // for every untitled draft.
    return typeof source === 'string' && source.trim() ? slugify(source) : undefined
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
  },
  hooks: { beforeValidate: [generateSlug(from)] },
  validate: (value: unknown) => {
    if (value === undefined || value === null || value === '') return true
    return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
      ? true
      : 'Use lower-case letters, digits and single hyphens only.'
  },
})
