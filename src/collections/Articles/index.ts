import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { isEditorOrAuthorOfDraft } from '@/access/isEditorOrAuthorOfDraft'
import { isEditorOrDraftingWriter } from '@/access/isEditorOrDraftingWriter'
import { publishedOrAuthenticated } from '@/access/publishedOrAuthenticated'
import { lastEditedByField } from '@/fields/lastEditedBy'
import { slugField } from '@/fields/slug'
import { articleBodyEditor } from '@/lexical/articleBodyEditor'

import { addCreatorToAuthors } from './hooks/addCreatorToAuthors'
import { cancelScheduledPublishes } from './hooks/cancelScheduledPublishes'
import { keepLockAfterAutosave } from './hooks/keepLockAfterAutosave'
import { populateAuthors } from './hooks/populateAuthors'
import { rejectInvalidBody } from './hooks/rejectInvalidBody'
import { rejectUnknownStatus } from './hooks/rejectUnknownStatus'
import { populateSpoilerContext } from './hooks/populateSpoilerContext'
import { revalidateArticle, revalidateArticleDelete } from './hooks/revalidateArticle'
import { purgeBlankDrafts } from './hooks/purgeBlankDrafts'
import { rememberPreviousSlug } from './hooks/rememberPreviousSlug'
import { setPublishedAt } from './hooks/setPublishedAt'
import { writersKeepTheirByline } from './hooks/writersKeepTheirByline'
import { isBlankArticle } from './isBlankArticle'
import { articleLivePreview } from './livePreview'
import { rejectStaleSave } from '../shared/rejectStaleSave'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'authors', 'shows', 'publishedAt', 'updatedAt'],
    // "Create New" saves a blank draft as the form opens; until someone types, it is not listed.
    baseListFilter: () => ({
      or: [{ isBlank: { equals: false } }, { isBlank: { exists: false } }],
    }),
    livePreview: articleLivePreview,
    components: {
      edit: {
        beforeDocumentControls: [
          '@/components/admin/SaveStatus#SaveStatus',
          '@/components/admin/ViewArticleLink#ViewArticleLink',
        ],
      },
    },
  },
  access: {
    read: publishedOrAuthenticated,
    create: isEditorOrDraftingWriter,
    update: isEditorOrAuthorOfDraft,
    delete: isEditorOrAdmin,
  },
  defaultPopulate: { title: true, slug: true, dek: true, publishedAt: true, heroImage: true },
  versions: {
    drafts: { autosave: { interval: 800 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [rejectUnknownStatus],
    beforeValidate: [rejectInvalidBody],
    // The stale-copy check first: a refused save does no other work.
    beforeChange: [
      rejectStaleSave,
      writersKeepTheirByline,
      addCreatorToAuthors,
      setPublishedAt,
      rememberPreviousSlug,
    ],
    // The character index (src/characterIndex/) adds its own: `characters` is derived before
    // the write, and the characters' recent articles are synced first after it.
    afterChange: [revalidateArticle, keepLockAfterAutosave, purgeBlankDrafts],
    afterDelete: [cancelScheduledPublishes, revalidateArticleDelete],
    afterRead: [populateAuthors],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: {
        components: { afterInput: ['@/components/admin/TitleSpoilerCheck#TitleSpoilerCheck'] },
      },
    },
    {
      name: 'dek',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: {
        description:
          'The spoiler-safe summary shown under the headline, in lists, feeds and search results.',
        components: { afterInput: ['@/components/admin/DekSpoilerCheck#DekSpoilerCheck'] },
      },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'body',
      type: 'richText',
      required: true,
      editor: articleBodyEditor,
      // Versions → compare: tagged words and spoiler text, not bare node-type chips.
      admin: { components: { Diff: '@/components/admin/BodyDiff#BodyDiff' } },
    },
    {
      name: 'spoilerWarnings',
      type: 'array',
      admin: { description: 'Which shows and seasons this article spoils.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'show', type: 'relationship', relationTo: 'shows', required: true },
            { name: 'season', type: 'number', min: 1 },
            { name: 'episode', type: 'number', min: 1 },
          ],
        },
        { name: 'note', type: 'text' },
      ],
    },
    {
      name: 'keepSpoilerWarnings',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Keep this article’s spoiler warnings even after the spoiler policy would soften them.',
      },
    },
    {
      // Shows named by the warnings and spoilers, and the spoiler policy, for the public page.
      name: 'spoilerContext',
      type: 'json',
      virtual: true,
      access: { update: () => false },
      admin: { hidden: true },
      hooks: { afterRead: [populateSpoilerContext] },
    },
    slugField({ from: 'title' }),
    {
      // Old published slugs; each answers with a permanent redirect to the current one.
      name: 'previousSlugs',
      type: 'array',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Earlier addresses of this article; they redirect to the current one.',
        condition: (data) => Array.isArray(data?.previousSlugs) && data.previousSlugs.length > 0,
      },
      fields: [{ name: 'slug', type: 'text', required: true, index: true }],
    },
    {
      // True while the article holds nothing an editor wrote (see isBlankArticle).
      name: 'isBlank',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { hidden: true },
      hooks: {
        beforeChange: [({ data, originalDoc }) => isBlankArticle({ ...originalDoc, ...data })],
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      admin: {
        position: 'sidebar',
        components: { Cell: '@/components/admin/AuthorsCell#AuthorsCell' },
      },
    },
    lastEditedByField(),
    {
      name: 'shows',
      type: 'relationship',
      relationTo: 'shows',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: 'The shows this article covers.' },
    },
    {
      // Derived and kept by the character index (src/characterIndex/), never entered by hand.
      name: 'characters',
      type: 'relationship',
      relationTo: 'characters',
      hasMany: true,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Derived from the characters tagged in the body on every save.',
        components: { Field: '@/components/admin/TaggedCharactersField#TaggedCharactersField' },
      },
    },
    {
      // Readers may not read user accounts, so the byline is copied out in `afterRead`.
      name: 'populatedAuthors',
      type: 'array',
      virtual: true,
      access: { update: () => false },
      admin: { hidden: true },
      fields: [
        { name: 'id', type: 'text' },
        { name: 'name', type: 'text' },
      ],
    },
  ],
}
