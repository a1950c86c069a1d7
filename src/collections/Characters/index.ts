import type { CollectionConfig } from 'payload'

import { editorsManagePublicRecords } from '@/access/editorsManagePublicRecords'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { slugField } from '@/fields/slug'

import { rejectStaleSave } from '../shared/rejectStaleSave'
import { mergeEndpoint } from './endpoints/merge'
import { tagIndexEndpoint } from './endpoints/tagIndex'
import { preventDeletingTaggedCharacter } from './hooks/preventDeletingTaggedCharacter'
import { revalidateCharacter, revalidateCharacterDelete } from './hooks/revalidateCharacter'

export const Characters: CollectionConfig = {
  slug: 'characters',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'portrayedBy', 'slug'],
    components: { edit: { beforeDocumentControls: ['@/components/admin/SaveStatus#SaveStatus'] } },
  },
  access: editorsManagePublicRecords,
  defaultPopulate: { name: true, slug: true, portrait: true },
  endpoints: [tagIndexEndpoint, mergeEndpoint],
  hooks: {
    beforeChange: [rejectStaleSave],
    // The character index (src/characterIndex/) adds its hooks after these: a refused delete
    // leaves its recent articles in place, and a new name reaches the tagging articles' search.
    beforeDelete: [preventDeletingTaggedCharacter],
    afterChange: [revalidateCharacter],
    afterDelete: [revalidateCharacterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    {
      name: 'aliases',
      type: 'array',
      admin: { description: 'Other names readers know them by, e.g. "Iron Fist" for Danny Rand.' },
      fields: [{ name: 'alias', type: 'text', required: true }],
    },
    { name: 'portrayedBy', type: 'text' },
    { name: 'bio', type: 'textarea' },
    { name: 'portrait', type: 'upload', relationTo: 'media' },
    lastEditedByField(),
    {
      name: 'appearances',
      type: 'array',
      admin: {
        description: 'The canon: every show, and the seasons of it, this character appears in.',
      },
      fields: [
        { name: 'show', type: 'relationship', relationTo: 'shows', required: true },
        {
          name: 'seasons',
          type: 'number',
          hasMany: true,
          min: 1,
          admin: { description: 'Leave empty for a single-season show or a miniseries.' },
        },
      ],
    },
    {
      name: 'mergeInto',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/admin/MergeCharacter#MergeCharacter' },
      },
    },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'characters',
      admin: { defaultColumns: ['title', '_status', 'publishedAt'] },
    },
  ],
}
