'use client'

import { SpoilerRepeatWarning } from '../SpoilerRepeatWarning'

/**
 * Under the title: warns when it repeats words hidden in a spoiler of the body. The title is
 * shown in even more places than the dek: the tab, links, feeds, search and social previews.
 */
export const TitleSpoilerCheck = () => (
  <SpoilerRepeatWarning
    path="title"
    fieldName="The title"
    shownIn="lists, feeds, search results, browser tabs and link previews"
  />
)
