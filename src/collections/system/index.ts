import type { SanitizedConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { canTakeOverLock } from '@/access/canTakeOverLock'
import { isOwnLock } from '@/access/isOwnLock'
import { refuseCancellingWithoutPublishRights } from '@/jobs/refuseCancellingWithoutPublishRights'

const nobody = () => false

type SanitizedCollection = SanitizedConfig['collections'][number]
type CollectionRules = Partial<SanitizedCollection['access']>

/**
 * Access rules of our own for the collections Payload adds itself. They are added while the
 * config is sanitized, after every plugin ran, and Payload offers no option for their access,
 * so they are set on the sanitized config. Payload's own work on them (the admin's locking,
 * migrations, the jobs runner) goes through the database adapter or the Local API with access
 * overridden, so these rules bind only REST clients and `overrideAccess: false` calls.
 */
const RULES: Record<string, CollectionRules> = {
  // Locks: written by the system (the admin's edit view, our autosave hook); read by staff,
  // so the edit view can say who holds one; taken over or released only in one's own name.
  'payload-locked-documents': {
    create: nobody,
    read: authenticated,
    update: canTakeOverLock,
    delete: isOwnLock,
  },
  // Migration records: nobody's but the migration runner's.
  'payload-migrations': { create: nobody, read: nobody, update: nobody, delete: nobody },
}

/**
 * Hooks of ours on those collections. Set here rather than through `jobs.jobsCollectionOverrides`,
 * which makes Payload warn at every start that such hooks "will not run": they do run for
 * Local API operations such as the schedule drawer's `payload.delete`.
 */
const HOOKS: Record<string, Partial<SanitizedCollection['hooks']>> = {
  'payload-jobs': { beforeOperation: [refuseCancellingWithoutPublishRights] },
}

const collectionNamed = (config: SanitizedConfig, slug: string): SanitizedCollection => {
  const collection = config.collections.find((each) => each.slug === slug)
  if (!collection) throw new Error(`withSystemCollectionRules: Payload added no "${slug}"`)
  return collection
}

/** Applies RULES and HOOKS; fails loudly if Payload stops adding a collection we expect to guard. */
export const withSystemCollectionRules = async (
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<SanitizedConfig> => {
  const sanitized = await config
  for (const [slug, rules] of Object.entries(RULES)) {
    const collection = collectionNamed(sanitized, slug)
    collection.access = { ...collection.access, ...rules }
  }
  for (const [slug, hooks] of Object.entries(HOOKS)) {
    const collection = collectionNamed(sanitized, slug)
    for (const [name, added] of Object.entries(hooks) as Array<[keyof typeof hooks, unknown[]]>) {
      collection.hooks[name] = [...(collection.hooks[name] ?? []), ...added] as never
    }
  }
  return sanitized
}
