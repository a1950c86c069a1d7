'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Taken = { slug: string; base: string; by: string }

const NUMBERED = /^(.+)-(\d+)$/

/**
 * Under the slug: when the slug ends in a number because its plain form was taken
 * ("foo-2" because "foo" belongs to another document), says so and by whom, so a slug
 * settled on save (`settleSlug`) never changes an address without the editor knowing.
 */
export const SlugNote = () => {
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const { collectionSlug, id } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const [taken, setTaken] = useState<Taken | null>(null)
  const titleField = collectionSlug
    ? (getEntityConfig({ collectionSlug })?.admin?.useAsTitle ?? 'id')
    : 'id'

  const base = typeof slug === 'string' ? NUMBERED.exec(slug)?.[1] : undefined

  useEffect(() => {
    if (!base || !collectionSlug || typeof slug !== 'string') return
    const controller = new AbortController()
    const query = new URLSearchParams({
      'where[slug][equals]': base,
      depth: '0',
      limit: '1',
      [`select[${titleField}]`]: 'true',
    })
    if (id !== undefined) query.set('where[id][not_equals]', String(id))
    fetch(`/api/${collectionSlug}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs?: Array<Record<string, unknown>> }) => {
        const other = docs?.[0]
        setTaken(other ? { slug, base, by: String(other[titleField] ?? `#${other.id}`) } : null)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [slug, base, collectionSlug, id, titleField])

  if (!taken || taken.slug !== slug) return null
  return (
    <p className="field-description slug-note" role="status">
      “{taken.base}” is already the slug of “{taken.by}”, so this one is “{slug}”. Change it here if
      you prefer another.
    </p>
  )
}
