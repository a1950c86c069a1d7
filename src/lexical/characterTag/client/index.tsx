'use client'

import {
  createClientFeature,
  toolbarFeatureButtonsGroupWithItems,
} from '@payloadcms/richtext-lexical/client'
import { $getSelection, $isRangeSelection } from '@payloadcms/richtext-lexical/lexical'

import { dispatchFromToolbar, shortcutButtonIcon } from '../../shared/toolbarButton'
import { CharacterTagNode } from '../nodes/CharacterTagNode'
import { OPEN_TAG_PICKER_COMMAND } from './commands'
import { CharacterTagPlugin } from './plugins/CharacterTagPlugin'
import { MentionTypeaheadPlugin } from './plugins/MentionTypeaheadPlugin'
import { TagCardPlugin } from './plugins/TagCardPlugin'
import { TagPickerPlugin } from './plugins/TagPickerPlugin'
import { UntaggedMentionsPanel } from './plugins/UntaggedMentionsPanel'
import { $findTagAncestor } from './tagOperations'

import './characterTag.css'

const TagIcon = () => (
  <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none">
    <circle cx="10" cy="10" r="3.2" stroke="currentColor" strokeWidth="1.6" />
    <path
      d="M13.2 10v1.3a2 2 0 0 0 4 0V10a7.2 7.2 0 1 0-2.9 5.8"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    />
  </svg>
)

const toolbarGroups = [
  toolbarFeatureButtonsGroupWithItems([
    {
      key: 'characterTag',
      ChildComponent: shortcutButtonIcon({ action: 'Tag character', letter: 'm', Icon: TagIcon }),
      label: 'Tag character (Ctrl/⌘+Shift+M)',
      order: 2,
      isActive: ({ selection }) =>
        $isRangeSelection(selection) && $findTagAncestor(selection.anchor.getNode()) !== null,
      isEnabled: ({ selection }) =>
        $isRangeSelection(selection) && Boolean($getSelection()?.getTextContent()?.length),
      onSelect: ({ editor }) => dispatchFromToolbar(editor, OPEN_TAG_PICKER_COMMAND),
    },
  ]),
]

export const CharacterTagFeatureClient = createClientFeature({
  nodes: [CharacterTagNode],
  plugins: [
    { Component: CharacterTagPlugin, position: 'normal' },
    { Component: MentionTypeaheadPlugin, position: 'normal' },
    { Component: TagPickerPlugin, position: 'normal' },
    { Component: TagCardPlugin, position: 'floatingAnchorElem' },
    { Component: UntaggedMentionsPanel, position: 'belowContainer' },
  ],
  toolbarInline: { groups: toolbarGroups },
  toolbarFixed: { groups: toolbarGroups },
})
