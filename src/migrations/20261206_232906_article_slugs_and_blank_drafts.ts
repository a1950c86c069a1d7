import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { isBlankArticle } from '../collections/Articles/isBlankArticle'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_previous_slugs_order_idx\` ON \`articles_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_previous_slugs_parent_id_idx\` ON \`articles_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_previous_slugs_slug_idx\` ON \`articles_previous_slugs\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_previous_slugs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_previous_slugs_order_idx\` ON \`_articles_v_version_previous_slugs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_previous_slugs_parent_id_idx\` ON \`_articles_v_version_previous_slugs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_previous_slugs_slug_idx\` ON \`_articles_v_version_previous_slugs\` (\`slug\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`is_blank\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_is_blank_idx\` ON \`articles\` (\`is_blank\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_is_blank\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_is_blank_idx\` ON \`_articles_v\` (\`version_is_blank\`);`)
  // Blank drafts that "Create New" left before this migration: mark them, so the list hides
  // them and the next new article purges them, like every later one.
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const blankIds = docs
    .filter((doc) => isBlankArticle(doc as unknown as Record<string, unknown>))
    .map((doc) => Number(doc.id))
  for (const id of blankIds) {
    await db.run(sql`UPDATE \`articles\` SET \`is_blank\` = true WHERE \`id\` = ${id};`)
    await db.run(
      sql`UPDATE \`_articles_v\` SET \`version_is_blank\` = true WHERE \`parent_id\` = ${id} AND \`latest\` = true;`,
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_previous_slugs\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_previous_slugs\`;`)
  await db.run(sql`DROP INDEX \`articles_is_blank_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`is_blank\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_is_blank_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_is_blank\`;`)
}
