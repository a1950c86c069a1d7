import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

type PackageJson = { version: string; dependencies?: Record<string, string> }

const readJson = (file: string): PackageJson =>
  JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')) as PackageJson
const installed = (name: string): string => readJson(`node_modules/${name}/package.json`).version

/** Releases that carry the fixes SECURITY.md asks for; raise them, never lower them. */
const MINIMUMS: Record<string, [number, number, number]> = {
  payload: [3, 90, 1],
  next: [16, 3, 3],
}

const atLeast = (version: string, [major, minor, patch]: [number, number, number]): boolean => {
  const [a, b, c] = version.split(/[.-]/).map(Number)
  return a !== major ? a > major : b !== minor ? b > minor : c >= patch
}

describe('pinned dependencies (SECURITY.md #1)', () => {
  const { dependencies = {} } = readJson('package.json')

  it('should pin every @payloadcms package to exactly the payload version, installed too', () => {
    const payloadVersion = dependencies.payload
    expect(payloadVersion).toMatch(/^\d+\.\d+\.\d+$/)
    const payloadPackages = Object.keys(dependencies).filter((name) =>
      name.startsWith('@payloadcms/'),
    )
    expect(payloadPackages.length).toBeGreaterThan(0)
    for (const name of ['payload', ...payloadPackages]) {
      expect(dependencies[name], name).toBe(payloadVersion)
      expect(installed(name), name).toBe(payloadVersion)
    }
  })

  it('should have nothing below the pinned minimums installed', () => {
    for (const [name, minimum] of Object.entries(MINIMUMS)) {
      expect(atLeast(installed(name), minimum), `${name} ${installed(name)}`).toBe(true)
    }
  })
})
