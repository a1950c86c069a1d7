import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { reindexSearch } from '@/search/reindexSearch'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Edited after generation: drizzle-kit's ALTER left out the ON DELETE cascade that every other
  // `*_rels` foreign key has (articles_id here included), so a character removed below Payload's
  // hooks was refused while its search entry pointed at it.
  await db.run(sql`ALTER TABLE \`search_rels\` ADD \`characters_id\` integer REFERENCES characters(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`search_rels\` ADD \`shows_id\` integer REFERENCES shows(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`search_rels_characters_id_idx\` ON \`search_rels\` (\`characters_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_shows_id_idx\` ON \`search_rels\` (\`shows_id\`);`)
  // Search now finds characters and shows: index the ones a database already holds; from here
  // on the plugin's hooks keep them.
  await reindexSearch(payload, { req, collections: ['shows', 'characters'] })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_search_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_search_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`search_rels\`;`)
  await db.run(sql`DROP TABLE \`search_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_search_rels\` RENAME TO \`search_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`search_rels_order_idx\` ON \`search_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_parent_idx\` ON \`search_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_path_idx\` ON \`search_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_articles_id_idx\` ON \`search_rels\` (\`articles_id\`);`)
}
