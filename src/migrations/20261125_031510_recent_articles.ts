import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildCharacterIndex } from '@/characterIndex'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`recent_articles_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`article_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`published_at\` text,
  	\`spoiler_warnings\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recent_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`recent_articles_articles_order_idx\` ON \`recent_articles_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`recent_articles_articles_parent_id_idx\` ON \`recent_articles_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`recent_articles_articles_article_id_idx\` ON \`recent_articles_articles\` (\`article_id\`);`)
  await db.run(sql`CREATE TABLE \`recent_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`character_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`character_id\`) REFERENCES \`characters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`recent_articles_character_idx\` ON \`recent_articles\` (\`character_id\`);`)
  await db.run(sql`CREATE INDEX \`recent_articles_updated_at_idx\` ON \`recent_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`recent_articles_created_at_idx\` ON \`recent_articles\` (\`created_at\`);`)
  // Fill the recent articles for the articles a database already holds; from here on the
  // character index's hooks keep them. Only this step: later columns do not exist yet.
  await rebuildCharacterIndex(payload, { req, steps: ['recentArticles'] })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`recent_articles_articles\`;`)
  await db.run(sql`DROP TABLE \`recent_articles\`;`)
}
