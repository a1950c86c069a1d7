import {
  buildVersionCollectionFields,
  buildVersionGlobalFields,
  type Collection,
  type FlattenedField,
  getLocalizedPaths,
  type Payload,
} from 'payload'

/**
 * What a REST request queries: a collection's documents, its versions, or a global (or its
 * versions). Paths in `where`, `sort` and `select` are resolved against `fields`.
 */
export type QueryTarget = {
  payload: Payload
  /** The collection or global slug, for messages and for resolving paths. */
  slug: string
  isGlobal: boolean
  fields: FlattenedField[]
}

type TargetArgs = { payload: Payload; slug: string; isGlobal: boolean; isVersions: boolean }

/** A collection by a slug that came from a client or a config (typed as any string). */
export const collectionBySlug = (payload: Payload, slug: string): Collection | undefined =>
  (payload.collections as Record<string, Collection | undefined>)[slug]

const targets = new WeakMap<Payload, Map<string, QueryTarget>>()

const buildTarget = ({ payload, slug, isGlobal, isVersions }: TargetArgs): QueryTarget => {
  const { config } = payload
  if (isGlobal) {
    const global = config.globals.find((each) => each.slug === slug)!
    const fields = isVersions
      ? buildVersionGlobalFields(config, global, true)
      : global.flattenedFields
    return { payload, slug, isGlobal, fields }
  }
  const collection = collectionBySlug(payload, slug)!.config
  const fields = isVersions
    ? buildVersionCollectionFields(config, collection, true)
    : collection.flattenedFields
  return { payload, slug, isGlobal, fields }
}

/** The target of a request, built once per collection or global (versions fields are built). */
export const queryTarget = (args: TargetArgs): QueryTarget => {
  const cache = targets.get(args.payload) ?? new Map<string, QueryTarget>()
  targets.set(args.payload, cache)
  const key = `${args.isGlobal ? 'global' : 'collection'}:${args.slug}:${args.isVersions}`
  const target = cache.get(key) ?? buildTarget(args)
  cache.set(key, target)
  return target
}

/** The field a dotted query path ends at, and the collection that field belongs to. */
export type ResolvedPath = { field: FlattenedField; collectionSlug?: string }

/**
 * Resolves `path` (e.g. `spoilerWarnings.season`, `authors.name`, `version.title`, `id`) the way
 * Payload's own query validation does. Undefined for a path Payload would refuse itself (it
 * answers those with a clear 400 naming the path) or cannot resolve.
 */
export const resolvePath = (target: QueryTarget, path: string): ResolvedPath | undefined => {
  try {
    const paths = getLocalizedPaths({
      payload: target.payload,
      fields: target.fields,
      incomingPath: path,
      overrideAccess: true,
      ...(target.isGlobal ? { globalSlug: target.slug } : { collectionSlug: target.slug }),
    })
    if (paths.some(({ invalid }) => invalid)) return undefined
    const last = paths.at(-1)
    if (!last?.field) return undefined
    return { field: last.field, collectionSlug: last.collectionSlug ?? target.slug }
  } catch {
    return undefined
  }
}
