import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { buildConfig } from 'payload'

import { brandIconDataUrl } from './src/components/admin/Brand/brandMark'
import { characterIndex } from './src/characterIndex'
import { Articles } from './src/collections/Articles'
import { withSystemCollectionRules } from './src/collections/system'
import { Characters } from './src/collections/Characters'
import { Media } from './src/collections/Media'
import { boundedSharp } from './src/collections/Media/boundedSharp'
import { Shows } from './src/collections/Shows'
import { Users } from './src/collections/Users'
import { existingReferences } from './src/plugins/existingReferences'
import { foreignRowIds } from './src/plugins/foreignRowIds'
import { authFieldQueries } from './src/plugins/authFieldQueries'
import { limitEveryEndpoint, requestLimits } from './src/plugins/requestLimits'
import { SpoilerPolicy } from './src/globals/SpoilerPolicy'
import { databaseAdapter } from './src/db/databaseAdapter'
import { emailAdapter } from './src/email/emailAdapter'
import { reportDatabaseUnavailable } from './src/db/databaseUnavailable'
import { explainFailedWrite } from './src/db/explainFailedWrite'
import { jobsConfig } from './src/jobs/jobsConfig'
import { migrateOnInit } from './src/db/migrateOnInit'
import { adminOnlySearchReindex } from './src/search/adminOnlyReindex'
import { searchPluginConfig } from './src/search/searchPluginConfig'
import { payloadLogger } from './src/utilities/payloadLogger'
import { serverSecret } from './src/utilities/serverSecret'
import { trustedOrigins } from './src/utilities/siteUrl'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its own collections (locks, preferences, jobs, migrations) while it sanitizes
// the config; withSystemCollectionRules gives them access rules of ours afterwards, and
// limitEveryEndpoint the request limits and input checks every collection and global gets.
export default withSystemCollectionRules(
  buildConfig({
    admin: {
      user: Users.slug,
      meta: {
        titleSuffix: ' · Spoilerproof',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: brandIconDataUrl() }],
      },
      components: {
        graphics: {
          Icon: '@/components/admin/Brand/Icon#Icon',
          Logo: '@/components/admin/Brand/Logo#Logo',
        },
        beforeDashboard: ['@/components/admin/Dashboard#Dashboard'],
      },
      // The default avatar is fetched from gravatar.com; nothing here may call outside addresses.
      avatar: 'default',
      importMap: {
        baseDir: path.resolve(dirname, 'src'),
        importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
      },
    },
    collections: [Articles, Characters, Shows, Media, Users],
    globals: [SpoilerPolicy],
    db: databaseAdapter(),
    editor: lexicalEditor(),
    email: emailAdapter(),
    secret: serverSecret(),
    // Every upload's resizing waits in one queue (src/collections/Media/imageLimits.ts).
    sharp: boundedSharp,
    telemetry: false,
    // An ordinary refusal (4xx) is logged as one line; only real failures print a stack.
    logger: payloadLogger,
    // Nothing here uses GraphQL; leaving it off removes a whole second API surface.
    graphQL: { disable: true },
    csrf: trustedOrigins(),
    cors: trustedOrigins(),
    // Upload and form-data limits are set by requestLimits() below (src/plugins/requestLimits/limits.ts).
    onInit: migrateOnInit,
    // A database that is away answers 503, and a failed write says whether anything changed,
    // instead of "Something went wrong."
    hooks: { afterError: [reportDatabaseUnavailable, explainFailedWrite] },
    // Runs scheduled publishes (and any other due job) every minute inside the server process.
    jobs: jobsConfig,
    // Types are generated on purpose (npm run generate:types) from the SQLite default, never as a
    // side effect of a dev or test run against another adapter.
    typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'src/payload-types.ts') },
    plugins: [
      // What character tags derive: articles' `characters`, recent articles, search keywords.
      characterIndex(),
      searchPlugin(searchPluginConfig),
      adminOnlySearchReindex(),
      // After the plugins that add collections, like requestLimits.
      authFieldQueries(),
      // Upload limits; the per-endpoint limits are limitEveryEndpoint below.
      requestLimits(),
      // A row id a document does not already have is a new row (a copy, another document's rows).
      foreignRowIds(),
      seoPlugin({
        collections: ['articles'],
        uploadsCollection: 'media',
        // The dek is written to be spoiler-safe, so it is the one safe default description.
        generateTitle: ({ doc }) => (doc?.title ? `${doc.title}` : ''),
        generateDescription: ({ doc }) => doc?.dek ?? '',
      }),
      // Last, so the fields other plugins add are covered: a relationship must name a
      // document that exists (Payload checks when asked to).
      existingReferences(),
    ],
  }),
).then(limitEveryEndpoint)
