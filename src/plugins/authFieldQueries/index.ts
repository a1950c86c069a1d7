import type { Plugin } from 'payload'

import { refuseAuthFieldQueries } from './refuseAuthFieldQueries'

/**
 * Keeps auth-internal fields (sessions, hashes, tokens, lock times, e-mail addresses) out of
 * reach of queries that go through a relationship into users. Added to every collection the
 * config and plugins define, so it belongs after the plugins that add collections. Payload's
 * own collections (locks, preferences, jobs) point at users only polymorphically, and Payload
 * refuses to query through those.
 */
export const authFieldQueries = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseAuthFieldQueries],
    },
  })),
})
