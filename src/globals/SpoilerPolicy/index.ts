import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

import { revalidateAllArticles } from './hooks/revalidateAllArticles'

/** The site-wide rule for when spoiler warnings soften; see docs/spoilers.md. */
export const SpoilerPolicy: GlobalConfig = {
  slug: 'spoiler-policy',
  label: 'Spoiler policy',
  // A newsroom setting beside the content, not under Payload's generic "Globals" heading.
  admin: { group: 'Settings' },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [revalidateAllArticles] },
  fields: [
    {
      name: 'softenAfterDays',
      label: 'Soften warnings this many days after a season’s premiere',
      type: 'number',
      min: 0,
      admin: {
        description:
          'Empty means never. After this many days, a warning about a season becomes a small note and its inline spoilers show, marked. Articles can opt out.',
      },
    },
  ],
}
