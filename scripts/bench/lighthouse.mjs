/** Lighthouse on one page, mobile (its default form factor and throttling), Debian's Chromium. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { log, root, work } from './benchEnv.mjs'
import { r1 } from './stats.mjs'

const CHROMIUM = '/usr/bin/chromium'

/** Records the performance score and its vitals in `results.web.lighthouse`, or why not. */
export const measureLighthouse = ({ url, options, results }) => {
  if (!options.hasLighthouse) {
    results.notMeasured.lighthouse = 'skipped with --no-lighthouse'
    return
  }
  if (!fs.existsSync(CHROMIUM)) {
    results.notMeasured.lighthouse = `no ${CHROMIUM}`
    return
  }
  log('lighthouse (mobile)')
  const report = path.join(work, 'lighthouse.json')
  fs.rmSync(report, { force: true })
  const lh = spawnSync(
    path.join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      `--chrome-path=${CHROMIUM}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run --disable-sync',
    ],
    { cwd: root, env: process.env, encoding: 'utf8', timeout: 180_000 },
  )
  if (!fs.existsSync(report)) {
    results.notMeasured.lighthouse = `lighthouse exited ${lh.status}: ${(lh.stderr || '').slice(-300)}`
    return
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'))
  const score = json.categories?.performance?.score
  results.web.lighthouse = {
    performance: score == null ? null : Math.round(score * 100),
    cls: json.audits?.['cumulative-layout-shift']?.numericValue ?? null,
    lcpMs: r1(json.audits?.['largest-contentful-paint']?.numericValue),
    tbtMs: r1(json.audits?.['total-blocking-time']?.numericValue),
    runtimeError: json.runtimeError?.message,
  }
}
