#!/usr/bin/env node
/**
 * `node scripts/bench/abuse.mjs --url http://127.0.0.1:3000 [--next-dir .next] [--pid PID]
 *  [--requests 1000] [--skip disk,images,bombs,photos]`
 *
 * The figures for the abuse cases of SECURITY.md #27 and #28, against a running `next start`
 * (seeded, with the demo editor): what unknown URLs add to the `.next` directory, what
 * `/_next/image` query variants add to its image cache, and what a decompression bomb and six
 * large uploads at once cost the server (time, peak RSS, a login's latency meanwhile). Figures
 * are printed, never asserted. `--pid` is the server's process (for its peak RSS; run as root
 * or as the server's user).
 */
import fs from 'node:fs'
import path from 'node:path'

import { bombPng } from '../lib/bombPng.mjs'
import { noisyJpeg } from '../lib/noisyJpeg.mjs'

const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`)
  return index >= 0 ? argv[index + 1] : fallback
}
const base = option('url', 'http://127.0.0.1:3000')
const nextDir = path.resolve(option('next-dir', '.next'))
const pid = option('pid')
const requests = Number(option('requests', 1000))
const skip = new Set(option('skip', '').split(','))
const work = path.resolve('.tmp/bench')
fs.mkdirSync(work, { recursive: true })

const EDITOR = { email: 'editor@example.com', password: 'spoilers-ahead' }

/** Files and bytes under a directory. */
const usage = (dir) => {
  let files = 0
  let bytes = 0
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        files += 1
        bytes += fs.statSync(full).size
      }
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return { files, bytes }
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Runs `count` requests, `concurrency` at a time; returns the statuses seen. */
const hammer = async (urls, concurrency = 10) => {
  const statuses = {}
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const url = urls[next++]
        const response = await fetch(`${base}${url}`)
        await response.arrayBuffer()
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
      }
    }),
  )
  return statuses
}

const growth = async (label, dir, urls) => {
  const before = usage(dir)
  const started = Date.now()
  const statuses = await hammer(urls)
  const seconds = (Date.now() - started) / 1000
  // Next writes cache files after the response; give it a moment to finish.
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const after = usage(dir)
  console.log(
    `${label}: ${urls.length} requests in ${seconds.toFixed(1)} s, statuses ${JSON.stringify(statuses)}; ` +
      `${path.relative(process.cwd(), dir)} grew by ${after.files - before.files} files, ${mb(after.bytes - before.bytes)}`,
  )
}

/** Peak RSS of the server since the last reset, in MB (Linux /proc). */
const peakRss = () => {
  if (!pid) return null
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024
}
/** Resets the peak to the current RSS, and returns the current RSS in MB. */
const resetPeakRss = () => {
  if (!pid) return null
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5')
  return peakRss()
}
const rssFigure = (from) =>
  pid ? `server peak RSS ${peakRss().toFixed(0)} MB (from ${from.toFixed(0)} MB)` : ''

const login = async () => {
  const started = Date.now()
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(EDITOR),
  })
  const { token } = await response.json()
  return { token, ms: Date.now() - started }
}

const upload = async (token, name, type, bytes) => {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type }), name)
  form.append('_payload', JSON.stringify({ alt: `abuse bench ${name}` }))
  const started = Date.now()
  const response = await fetch(`${base}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, origin: base },
    body: form,
  })
  const body = await response.json()
  return { status: response.status, ms: Date.now() - started, body }
}

/** A valid 16000×16000 RGB PNG of one colour: ~0.7 MB of file, 768 MB of pixels. */
const bomb = async () => {
  const file = path.join(work, 'bomb-16000.png')
  if (fs.existsSync(file)) return fs.readFileSync(file)
  const png = await bombPng({ width: 16000, height: 16000 })
  fs.writeFileSync(file, png)
  return png
}

/** A 24-megapixel photo-like JPEG, made once. */
const photo = async () => {
  const file = path.join(work, 'photo-24mp.jpg')
  if (fs.existsSync(file)) return fs.readFileSync(file)
  const jpeg = await noisyJpeg({ width: 6000, height: 4000 })
  fs.writeFileSync(file, jpeg)
  return jpeg
}

/** Uploads `count` files at once, logging in again and again (one at a time) until they end. */
const concurrentUploads = async (label, token, count, name, type, bytes) => {
  const from = resetPeakRss()
  const started = Date.now()
  let pending = true
  const uploads = Promise.all(
    Array.from({ length: count }, (_, i) => upload(token, `${i}-${name}`, type, bytes)),
  ).finally(() => {
    pending = false
  })
  const logins = []
  while (pending) logins.push((await login()).ms)
  const results = await uploads
  const sorted = [...logins].sort((a, b) => a - b)
  const statuses = results.map((result) => result.status).join(',')
  console.log(
    `${label}: ${count} uploads of ${mb(bytes.length)} at once took ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(statuses ${statuses}); ${logins.length} logins meanwhile: median ${sorted[Math.floor(sorted.length / 2)]} ms, ` +
      `slowest ${sorted.at(-1)} ms; ${rssFigure(from)}`,
  )
  return results
}

const cleanUp = async (token) => {
  const response = await fetch(`${base}/api/media?where[alt][like]=abuse bench&limit=100&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const { docs = [] } = await response.json()
  for (const doc of docs) {
    await fetch(`${base}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${token}`, origin: base },
    })
  }
}

if (!skip.has('disk')) {
  const stamp = Date.now().toString(36)
  const urls = Array.from({ length: requests }, (_, i) => {
    const section = ['articles', 'characters', 'shows'][i % 3]
    return `/${section}/no-such-${section}-${stamp}-${i}`
  })
  await growth('Unknown slugs', nextDir, urls)
}

if (!skip.has('images')) {
  const { docs } = await (await fetch(`${base}/api/media?limit=1&depth=0`)).json()
  const url = docs[0].url
  const variants = Array.from(
    { length: Math.min(requests, 200) },
    (_, i) => `/_next/image?url=${encodeURIComponent(`${url}?v=${Date.now()}${i}`)}&w=640&q=75`,
  )
  await growth('/_next/image query variants', path.join(nextDir, 'cache/images'), variants)
}

const { token, ms: quietLogin } = await login()
console.log(`A login on a quiet server took ${quietLogin} ms`)
try {
  if (!skip.has('bombs')) {
    const png = await bomb()
    const from = resetPeakRss()
    const one = await upload(token, 'bomb.png', 'image/png', png)
    console.log(
      `One 16000×16000 PNG bomb (${mb(png.length)}): ${one.status} in ${one.ms} ms, ` +
        `${rssFigure(from)}; message: ${one.body.errors?.[0]?.message ?? 'accepted'}`,
    )
    await concurrentUploads('Six bombs', token, 6, 'bomb.png', 'image/png', png)
  }
  if (!skip.has('photos')) {
    await concurrentUploads('Six 24 MP photos', token, 6, 'photo.jpg', 'image/jpeg', await photo())
  }
} finally {
  await cleanUp(token)
}
