/**
 * `npm run reindex`: recompute every article's derived `characters` field from the tags in
 * its body, and print what changed. Run it after imports and bulk edits.
 */
import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

loadEnv()

const { default: config } = await import('../payload.config')
const { reindexCharacters } = await import('../src/collections/Articles/reindexCharacters')

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
await payload.destroy()
process.exit(0)
