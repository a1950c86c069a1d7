'use client'

import { useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'

import { findFieldSpoilerRepeats } from '@/lexical/spoiler/shared/findFieldSpoilerRepeats'

import './spoilerRepeatWarning.css'

/** Which outward-facing field to check, and how the warning names it. */
export type SpoilerRepeatWarningProps = {
  path: 'title' | 'dek'
  /** "The title", "The dek". */
  fieldName: string
  /** Where the field is shown, for the reason in the warning. */
  shownIn: string
}

/**
 * Under a field that readers see everywhere: warns, while the editor types, when it repeats
 * words hidden in a spoiler of the body. A warning rather than a validation error, because
 * Payload validation can only refuse the save, and a four-word overlap is sometimes harmless
 * (a character's full name); the editor judges.
 */
export const SpoilerRepeatWarning = ({ path, fieldName, shownIn }: SpoilerRepeatWarningProps) => {
  const text = useFormFields(([fields]) => fields[path]?.value)
  const body = useFormFields(([fields]) => fields.body?.value)
  const repeats = useMemo(() => findFieldSpoilerRepeats({ text, body }), [text, body])
  if (repeats.length === 0) return null
  return (
    <div className={`spoiler-repeat-warning ${path}-spoiler-check`} role="alert">
      <strong>{fieldName} repeats a spoiler from the body:</strong>{' '}
      {repeats.map((phrase) => `“${phrase}”`).join(', ')}. {fieldName} appears in {shownIn}, where
      spoilers are never hidden. Rephrase it before publishing.
    </div>
  )
}
