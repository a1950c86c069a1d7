import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written. Payload indexes the table of hasMany numbers on (order, parent_id) only, so
 * reading any character's `appearances.seasons` scanned every character's numbers (EXPLAIN:
 * "SCAN characters__numbers USING INDEX characters_numbers_order_parent_idx", once per
 * character in the sidebar). An index led by parent_id turns that into a lookup. Drizzle's
 * schema does not know it, so `migrate:check` ignores it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`characters_numbers_parent_idx\` ON \`characters_numbers\` (\`parent_id\`, \`order\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`characters_numbers_parent_idx\`;`)
}
