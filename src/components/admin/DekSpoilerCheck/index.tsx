'use client'

import { useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'

import { findDekSpoilerRepeats } from '@/lexical/spoiler/shared/findDekSpoilerRepeats'

/**
 * Under the dek: warns, while the editor types, when the dek repeats words hidden in a
 * spoiler of the body. A warning rather than a validation error, because Payload validation
 * can only refuse the save, and a four-word overlap is sometimes harmless; the editor judges.
 */
export const DekSpoilerCheck = () => {
  const dek = useFormFields(([fields]) => fields.dek?.value)
  const body = useFormFields(([fields]) => fields.body?.value)
  const repeats = useMemo(() => findDekSpoilerRepeats({ dek, body }), [dek, body])
  if (repeats.length === 0) return null
  return (
    <div className="dek-spoiler-check" role="alert" style={warningStyle}>
      <strong>The dek repeats a spoiler from the body:</strong>{' '}
      {repeats.map((phrase) => `“${phrase}”`).join(', ')}. The dek appears in lists, feeds and
      search results, where spoilers are never hidden. Rephrase it before publishing.
    </div>
  )
}

const warningStyle = {
  marginTop: 6,
  padding: '6px 10px',
  borderLeft: '4px solid #c62828',
  background: 'rgba(198, 40, 40, 0.08)',
  fontSize: 13,
} as const
