import type { ShowSpoilerInfo, SpoilerPolicy } from './types'

/**
 * What the public page needs to name spoiler scopes and decide which have expired: the
 * articles' virtual `spoilerContext` field, filled only for reads that ask for it.
 */
export type SpoilerContext = { shows: ShowSpoilerInfo[]; policy: SpoilerPolicy }

/** Set in a read's `context` to have an article's `spoilerContext` filled. */
export const WITH_SPOILER_CONTEXT = 'withSpoilerContext'
