import { APIError, type Endpoint, type PayloadHandler, type SanitizedConfig } from 'payload'

import { clientQueryProblem } from './clientQueryProblem'
import { limitPreferenceDocument, limitPreferenceEndpoint, PREFERENCES } from './preferenceLimits'
import { queryTarget } from './queryTarget'
import { rejectBadDocument, rejectBadGlobalDocument } from './rejectBadDocument'

type Owner = { slug: string; isGlobal: boolean }

const isVersionsEndpoint = (endpoint: Endpoint) => endpoint.path.startsWith('/versions')

/** Runs `clientQueryProblem` before the endpoint's own handler. */
const guard = (endpoint: Endpoint, { slug, isGlobal }: Owner): PayloadHandler => {
  const isVersions = isVersionsEndpoint(endpoint)
  const handler =
    slug === PREFERENCES && endpoint.method === 'post' && endpoint.path === '/:key'
      ? limitPreferenceEndpoint(endpoint.handler)
      : endpoint.handler
  return async (req) => {
    const target = queryTarget({ payload: req.payload, slug, isGlobal, isVersions })
    const problem = clientQueryProblem({ req, target, endpointPath: endpoint.path, isVersions })
    if (problem) throw new APIError(problem.message, problem.status, null, true)
    return handler(req)
  }
}

type Guardable = { endpoints: Endpoint[] | false }

/**
 * Wraps every endpoint in `guard`, and removes those `drop` names: endpoints for a feature the
 * owner does not have (versions, e-mail verification) answered 500 ("Cannot read …").
 */
const guardEndpoints = (entity: Guardable, owner: Owner, drop: (endpoint: Endpoint) => boolean) => {
  if (entity.endpoints === false) return
  entity.endpoints = entity.endpoints
    .filter((endpoint) => !drop(endpoint))
    .map((endpoint) => ({ ...endpoint, handler: guard(endpoint, owner) }))
}

const applied = new WeakSet<SanitizedConfig>()

/**
 * Applies the request limits to every collection and global Payload ends up with, its own
 * included (preferences, document locks, jobs, migrations), which a plugin never sees: they
 * are added while the config is sanitized, after plugins run. So it takes the sanitized config
 * (`buildConfig(…).then(limitEveryEndpoint)`).
 *
 * - Every REST endpoint first judges the client's query string and `:id` (`clientQueryProblem`).
 * - Every create and update first judges the client's document (`rejectBadDocument`).
 * - Version endpoints of what keeps no versions, and e-mail verification where it is off, are
 *   removed, so they answer 404 instead of a 500.
 * - Admin preferences get their own size and count limits (`preferenceLimits`).
 */
export const limitEveryEndpoint = (config: SanitizedConfig): SanitizedConfig => {
  if (applied.has(config)) return config
  applied.add(config)
  for (const collection of config.collections) {
    const hooks = collection.hooks
    hooks.beforeOperation = [
      rejectBadDocument,
      ...(collection.slug === PREFERENCES ? [limitPreferenceDocument] : []),
      ...(hooks.beforeOperation ?? []),
    ]
    const canVerify = Boolean(collection.auth?.verify)
    guardEndpoints(
      collection as Guardable,
      { slug: collection.slug, isGlobal: false },
      (endpoint) =>
        (isVersionsEndpoint(endpoint) && !collection.versions) ||
        (endpoint.path.startsWith('/verify/') && !canVerify),
    )
  }
  for (const global of config.globals) {
    global.hooks.beforeOperation = [
      rejectBadGlobalDocument,
      ...(global.hooks.beforeOperation ?? []),
    ]
    guardEndpoints(
      global as Guardable,
      { slug: global.slug, isGlobal: true },
      (endpoint) => isVersionsEndpoint(endpoint) && !global.versions,
    )
  }
  return config
}
