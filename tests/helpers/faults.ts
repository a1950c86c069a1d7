import type { CollectionConfig, Payload } from 'payload'
import { afterEach } from 'vitest'

type HookName = 'afterChange' | 'beforeDelete'

/**
 * Fault injection for integration tests: `inject` adds a collection hook to the running Payload
 * for one test (Payload reads hooks from its config on every operation), and the `afterEach`
 * this registers takes it out again, even when the test fails.
 */
export const useHookInjection = (payload: () => Payload) => {
  const removals: Array<() => void> = []
  const removeAll = () => {
    while (removals.length > 0) removals.pop()?.()
  }
  afterEach(removeAll)
  const inject = <N extends HookName>(
    slug: 'articles' | 'characters',
    name: N,
    hook: NonNullable<NonNullable<CollectionConfig['hooks']>[N]>[number],
  ) => {
    const hooks = payload().collections[slug].config.hooks as Record<HookName, unknown[]>
    hooks[name] = [...(hooks[name] ?? []), hook]
    removals.push(() => {
      hooks[name] = hooks[name].filter((h) => h !== hook)
    })
  }
  return { inject, removeAll }
}

/** A hook that fails, for `inject`. */
export const injectedFault = (): never => {
  throw new Error('Injected fault')
}

/**
 * Whether this run's server has transactions: SQLite always (databaseAdapter.ts turns them on);
 * MongoDB only on a replica set, which its URI names. Read from the environment, because vitest
 * decides `runIf` before `beforeAll` runs.
 */
export const hasTransactions = (): boolean => {
  const uri = process.env.DATABASE_URI ?? ''
  return !uri.startsWith('mongodb') || /[?&]replicaSet=/.test(uri)
}
