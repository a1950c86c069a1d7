import { describe, expect, it } from 'vitest'

import { mongoCompatFor } from '@/db/mongoCompat'

/** Trimmed from FerretDB 1.24.2's and MongoDB 7's real `buildInfo` replies. */
const ferretdbBuildInfo = {
  version: '7.0.42',
  ferretdbVersion: 'v1.24.2',
  ferretdbFeatures: { aggregationStages: ['$match'] },
  ok: 1,
}
const mongodbBuildInfo = {
  version: '7.0.14',
  gitVersion: 'ce59cfc6a3c5e5c067dca0d30697edd68d4f5188',
  ok: 1,
}

describe('mongoCompatFor', () => {
  it('should turn the FerretDB workarounds on when the server says it is FerretDB', () => {
    expect(mongoCompatFor(ferretdbBuildInfo)).toEqual({
      server: 'ferretdb',
      useJoinAggregations: false,
      disableIndexHints: true,
      dropUpdateProjection: true,
    })
  })

  it('should give a real MongoDB Payload’s defaults', () => {
    expect(mongoCompatFor(mongodbBuildInfo)).toEqual({
      server: 'mongodb',
      useJoinAggregations: true,
      disableIndexHints: false,
      dropUpdateProjection: false,
    })
  })

  it('should recognise FerretDB by its features field alone', () => {
    expect(mongoCompatFor({ version: '7.0.42', ferretdbFeatures: {} }).server).toBe('ferretdb')
  })

  it('should let MONGODB_COMPAT override what the server says', () => {
    expect(mongoCompatFor(mongodbBuildInfo, 'ferretdb').server).toBe('ferretdb')
    expect(mongoCompatFor(ferretdbBuildInfo, 'mongodb').server).toBe('mongodb')
    expect(mongoCompatFor(ferretdbBuildInfo, 'auto').server).toBe('ferretdb')
    expect(mongoCompatFor(ferretdbBuildInfo, '').server).toBe('ferretdb')
  })

  it('should refuse an override it does not know instead of guessing', () => {
    expect(() => mongoCompatFor(mongodbBuildInfo, 'documentdb')).toThrow(/MONGODB_COMPAT/)
  })
})
