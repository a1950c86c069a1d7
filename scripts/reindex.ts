/**
 * `npm run reindex`: recompute every article's derived `characters` field from the tags in
 * its body, then every character's list of recent articles, then the search index, and print
 * what changed. Run it after imports and bulk edits.
 */
import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

loadEnv()

const { default: config } = await import('../payload.config')
const { reindexCharacters } = await import('../src/collections/Articles/reindexCharacters')
const { rebuildRecentArticles } = await import('../src/collections/RecentArticles/refresh')
const { reindexSearch } = await import('../src/search/reindexSearch')

const payload = await getPayload({ config })
const started = Date.now()
const changes = await reindexCharacters(payload)
for (const change of changes) {
  const parts = [
    change.added.length ? `+[${change.added.join(', ')}]` : '',
    change.removed.length ? `-[${change.removed.join(', ')}]` : '',
  ].filter(Boolean)
  console.log(`  ${change.state.padEnd(9)} ${change.slug || change.articleId}: ${parts.join(' ')}`)
}
console.log(
  changes.length === 0
    ? `Reindexed: every article was already up to date (${Date.now() - started} ms).`
    : `Reindexed: ${changes.length} article state(s) changed (${Date.now() - started} ms).`,
)
// The index feeds the characters' lists of recent articles; rebuild those from it.
const lists = await rebuildRecentArticles(payload)
console.log(
  lists === 0
    ? 'Recent-article lists: every list was already up to date.'
    : `Recent-article lists: ${lists} rebuilt.`,
)
// Search entries carry names from other documents (an article's tagged characters and shows).
const entries = await reindexSearch(payload)
console.log(`Search: ${entries} entries rebuilt (shows, characters, published articles).`)
await payload.destroy()
process.exit(0)
