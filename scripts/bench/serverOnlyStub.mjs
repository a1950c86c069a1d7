/**
 * `--import` this to run the data layer (src/queries) in plain Node: `server-only` refuses to
 * load outside a React server bundle, so it resolves to an empty module here (as the
 * integration tests alias it in vitest.config.mts).
 */
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true }
        return next(specifier, context)
      }`,
    ),
)
