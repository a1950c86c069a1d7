import fs from 'node:fs'

import { chromium } from '@playwright/test'

/**
 * Flags that stop Chromium calling home: no background networking, component updates,
 * first-run pings or sync.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-default-browser-check',
]

/**
 * The browser for Playwright, resolved in one place: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else a browser Playwright itself installed. Nothing is downloaded.
 */
export const chromiumPath = (): string => {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium']
  try {
    candidates.push(chromium.executablePath())
  } catch {
    // Playwright throws when it has no managed browser; the other candidates still count.
  }
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install Debian’s build with ' +
        '`sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    )
  }
  return found
}
