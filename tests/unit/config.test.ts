import { describe, expect, it } from 'vitest'

import { resolveDatabaseUri } from '@/db/resolveDatabaseUri'
import { serverSecret } from '@/utilities/serverSecret'
import { siteUrl, trustedOrigins } from '@/utilities/siteUrl'

describe('resolveDatabaseUri', () => {
  it('should default to the embedded SQLite file when DATABASE_URI is unset or blank', () => {
    expect(resolveDatabaseUri(undefined)).toEqual({ kind: 'sqlite', url: 'file:./data/cms.db' })
    expect(resolveDatabaseUri('  ')).toEqual({ kind: 'sqlite', url: 'file:./data/cms.db' })
  })

  it('should pick SQLite for file: and MongoDB for both mongodb schemes', () => {
    expect(resolveDatabaseUri('file:/tmp/x.db').kind).toBe('sqlite')
    expect(resolveDatabaseUri('mongodb://127.0.0.1:27017/cms').kind).toBe('mongodb')
    expect(resolveDatabaseUri('mongodb+srv://cluster.example.net/cms').kind).toBe('mongodb')
  })

  it('should refuse other schemes without echoing credentials', () => {
    expect(() => resolveDatabaseUri('postgres://user:hunter2@db/cms')).toThrow(/must start with/)
    expect(() => resolveDatabaseUri('postgres://user:hunter2@db/cms')).not.toThrow(/hunter2/)
  })
})

describe('serverSecret', () => {
  it('should refuse to run in production without PAYLOAD_SECRET, naming it', () => {
    expect(() => serverSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('should use PAYLOAD_SECRET when set and fall back only outside production', () => {
    expect(serverSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toBe('s3cret')
    expect(serverSecret({ NODE_ENV: 'development' })).toMatch(/development-only/)
  })
})

describe('siteUrl and trustedOrigins', () => {
  it('should strip a trailing slash and default to localhost:3000', () => {
    expect(siteUrl({ SITE_URL: 'https://news.example.com/' })).toBe('https://news.example.com')
    expect(siteUrl({})).toBe('http://localhost:3000')
  })

  it('should trust only the site origin in production', () => {
    expect(
      trustedOrigins({ NODE_ENV: 'production', SITE_URL: 'https://news.example.com' }),
    ).toEqual(['https://news.example.com'])
  })

  it('should also trust the loopback spellings of the dev server in development', () => {
    expect(trustedOrigins({ NODE_ENV: 'development', PORT: '4000' })).toEqual([
      'http://localhost:3000',
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ])
  })
})
