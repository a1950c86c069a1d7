import type { Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Development and tests build their SQLite schema from the same committed migrations that
 * production runs (`prodMigrations`), so a schema that works in `npm run dev` is the one that
 * ships. Already-applied migrations are skipped, so this is cheap on every start. MongoDB
 * needs no migrations: collections and indexes are created on connect.
 */
export const migrateOnInit = async (payload: Payload): Promise<void> => {
  if (process.env.NODE_ENV === 'production' || payload.db.name !== 'sqlite') return
  if (process.env.PAYLOAD_MIGRATING === 'true') return
  // The generated index is typed for the SQLite adapter; Payload's own type is wider.
  type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']
  await payload.db.migrate({ migrations: migrations as unknown as Migrations })
}
