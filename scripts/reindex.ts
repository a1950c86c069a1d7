/**
 * `npm run reindex`: rebuild the character index (src/characterIndex/): every article's
 * derived `characters` from the tags in its body, then every character's recent articles,
 * then the search index; print what changed. Run it after imports and bulk edits.
 */
import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

loadEnv()

const { default: config } = await import('../payload.config')
const { rebuildCharacterIndex } = await import('../src/characterIndex')

const payload = await getPayload({ config })
const started = Date.now()
const rebuilt = await rebuildCharacterIndex(payload)
for (const change of rebuilt.taggedCharacters) {
  const parts = [
    change.added.length ? `+[${change.added.join(', ')}]` : '',
    change.removed.length ? `-[${change.removed.join(', ')}]` : '',
  ].filter(Boolean)
  console.log(`  ${change.state.padEnd(9)} ${change.slug || change.articleId}: ${parts.join(' ')}`)
}
const changed = rebuilt.taggedCharacters.length
console.log(
  changed === 0
    ? 'Tagged characters: every article was already up to date.'
    : `Tagged characters: ${changed} article state(s) changed.`,
)
console.log(
  rebuilt.recentArticles === 0
    ? "Recent articles: every character's were already up to date."
    : `Recent articles: rewritten for ${rebuilt.recentArticles} character(s).`,
)
console.log(
  `Search: ${rebuilt.searchEntries} entries rebuilt (shows, characters, published articles).`,
)
console.log(`Reindexed in ${Date.now() - started} ms.`)
await payload.destroy()
process.exit(0)
