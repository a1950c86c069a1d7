import type { CollectionConfig, Plugin } from 'payload'

import { forgetCharacter } from './hooks/forgetCharacter'
import { syncArticle, syncDeletedArticle } from './hooks/syncArticle'
import { RecentArticles } from './recentArticles/collection'
import {
  resyncKeywordsOfCoveringArticles,
  resyncKeywordsOfTaggingArticles,
} from './searchKeywords/resyncArticleKeywords'
import { deriveCharacters } from './taggedCharacters/deriveCharacters'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** The index's hooks for each collection it reads, merged with the collection's own. */
const withIndexHooks = (collection: CollectionConfig): CollectionConfig => {
  const hooks: Hooks = collection.hooks ?? {}
  switch (collection.slug) {
    case 'articles':
      return {
        ...collection,
        hooks: {
          ...hooks,
          beforeChange: [...(hooks.beforeChange ?? []), deriveCharacters],
          // First, so the article's revalidation (and a page it refreshes) sees the new data
          // also where the adapter has no transaction to hold the cache back until the commit.
          afterChange: [syncArticle, ...(hooks.afterChange ?? [])],
          afterDelete: [syncDeletedArticle, ...(hooks.afterDelete ?? [])],
        },
      }
    case 'characters':
      return {
        ...collection,
        hooks: {
          ...hooks,
          // After the collection's own checks: a refused delete must leave the index in place.
          beforeDelete: [...(hooks.beforeDelete ?? []), forgetCharacter],
          afterChange: [...(hooks.afterChange ?? []), resyncKeywordsOfTaggingArticles],
        },
      }
    case 'shows':
      return {
        ...collection,
        hooks: {
          ...hooks,
          afterChange: [...(hooks.afterChange ?? []), resyncKeywordsOfCoveringArticles],
        },
      }
    default:
      return collection
  }
}

/**
 * The character index as a local plugin, in the manner of plugin-search: it adds the
 * `recent-articles` collection and merges its hooks into articles, characters and shows
 * (`[...theirs, ours]`, or first where order matters), so the collections' own configs
 * never name what it derives. The `characters` field itself stays in the articles' config,
 * with the schema it belongs to.
 */
export const characterIndex = (): Plugin => (config) => ({
  ...config,
  collections: [...(config.collections ?? []).map(withIndexHooks), RecentArticles],
})
