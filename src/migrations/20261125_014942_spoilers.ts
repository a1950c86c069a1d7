import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`spoiler_policy\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`soften_after_days\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`keep_spoiler_warnings\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_keep_spoiler_warnings\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`spoiler_policy\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`keep_spoiler_warnings\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_keep_spoiler_warnings\`;`)
}
