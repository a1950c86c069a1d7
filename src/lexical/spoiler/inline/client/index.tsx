'use client'

import {
  createClientFeature,
  toolbarFeatureButtonsGroupWithItems,
} from '@payloadcms/richtext-lexical/client'
import { $getSelection, $isRangeSelection } from '@payloadcms/richtext-lexical/lexical'

import { dispatchFromToolbar, shortcutButtonIcon } from '../../../shared/toolbarButton'
import { InlineSpoilerNode } from '../nodes/InlineSpoilerNode'
import { TOGGLE_INLINE_SPOILER_COMMAND } from './commands'
import { InlineSpoilerPlugin } from './plugins/InlineSpoilerPlugin'
import { SpoilerScopeCard } from './plugins/SpoilerScopeCard'
import { $findSpoilerAncestor } from './spoilerOperations'

import './inlineSpoiler.css'

const SpoilerIcon = () => (
  <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none">
    <path
      d="M2.5 10s2.8-5 7.5-5 7.5 5 7.5 5-2.8 5-7.5 5-7.5-5-7.5-5Z"
      stroke="currentColor"
      strokeWidth="1.6"
    />
    <path d="M3.5 16.5 16.5 3.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </svg>
)

const toolbarGroups = [
  toolbarFeatureButtonsGroupWithItems([
    {
      key: 'inlineSpoiler',
      ChildComponent: shortcutButtonIcon({ action: 'Spoiler', letter: 's', Icon: SpoilerIcon }),
      label: 'Spoiler (Ctrl/⌘+Shift+S)',
      order: 3,
      isActive: ({ selection }) =>
        $isRangeSelection(selection) && $findSpoilerAncestor(selection.anchor.getNode()) !== null,
      isEnabled: ({ selection }) =>
        $isRangeSelection(selection) &&
        ($findSpoilerAncestor(selection.anchor.getNode()) !== null ||
          Boolean($getSelection()?.getTextContent()?.length)),
      onSelect: ({ editor }) => dispatchFromToolbar(editor, TOGGLE_INLINE_SPOILER_COMMAND),
    },
  ]),
]

export const InlineSpoilerFeatureClient = createClientFeature({
  nodes: [InlineSpoilerNode],
  plugins: [
    { Component: InlineSpoilerPlugin, position: 'normal' },
    { Component: SpoilerScopeCard, position: 'floatingAnchorElem' },
  ],
  toolbarInline: { groups: toolbarGroups },
  toolbarFixed: { groups: toolbarGroups },
})
