'use client'

import { SpoilerRepeatWarning } from '../SpoilerRepeatWarning'

/** Under the dek: warns when it repeats words hidden in a spoiler of the body. */
export const DekSpoilerCheck = () => (
  <SpoilerRepeatWarning path="dek" fieldName="The dek" shownIn="lists, feeds and search results" />
)
