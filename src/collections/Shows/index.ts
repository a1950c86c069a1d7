import type { CollectionConfig } from 'payload'

import { editorsManagePublicRecords } from '@/access/editorsManagePublicRecords'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { slugField } from '@/fields/slug'

import { rejectStaleSave } from '../shared/rejectStaleSave'
import { preventDeletingUsedShow } from './hooks/preventDeletingUsedShow'
import { revalidateShow, revalidateShowDelete } from './hooks/revalidateShow'

export const Shows: CollectionConfig = {
  slug: 'shows',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'network', 'franchise'],
    components: { edit: { beforeDocumentControls: ['@/components/admin/SaveStatus#SaveStatus'] } },
  },
  access: editorsManagePublicRecords,
  defaultPopulate: { title: true, slug: true },
  hooks: {
    beforeChange: [rejectStaleSave],
    beforeDelete: [preventDeletingUsedShow],
    afterChange: [revalidateShow],
    afterDelete: [revalidateShowDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField({ from: 'title' }),
    { name: 'network', type: 'text' },
    {
      name: 'franchise',
      type: 'text',
      admin: { description: 'Optional, e.g. "Marvel Netflix".' },
    },
    { name: 'synopsis', type: 'textarea' },
    { name: 'poster', type: 'upload', relationTo: 'media' },
    lastEditedByField(),
    {
      name: 'seasons',
      type: 'array',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'number', required: true, min: 1 },
            {
              name: 'premiereDate',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            { name: 'episodeCount', type: 'number', min: 1 },
          ],
        },
      ],
    },
  ],
}
