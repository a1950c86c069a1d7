'use client'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'

import type { WithheldSpoiler } from '@/lexical/spoiler/shared/withholdSpoilers'

import { showingSpoilers } from '../RichText/baseConverters'
import { useWithheldSpoiler } from '../WithheldSpoilers/index.client'

const asEditorState = (nodes: WithheldSpoiler['nodes']) =>
  ({
    root: { type: 'root', children: nodes, direction: null, format: '', indent: 0, version: 1 },
  }) as unknown as SerializedEditorState

type WithheldContentProps = { index: number; shouldLoad: boolean }

/** A withheld spoiler's words, fetched when it is first shown (WithheldSpoilers). */
export const WithheldContent = ({ index, shouldLoad }: WithheldContentProps) => {
  const { status, nodes, pageUrl } = useWithheldSpoiler(index, shouldLoad)
  if (nodes)
    return <RichText converters={showingSpoilers} data={asEditorState(nodes)} disableContainer />
  if (status === 'failed') {
    return (
      <span role="status" className="spoiler__status">
        This spoiler could not be loaded.{' '}
        {pageUrl && <a href={pageUrl}>Show this article with its spoilers</a>}
      </span>
    )
  }
  return shouldLoad ? (
    <span role="status" className="spoiler__status">
      Loading the spoiler…
    </span>
  ) : null
}
