/**
 * `node scripts/makeFavicon.mjs`: writes src/app/favicon.ico (16, 32 and 48 px PNGs in one
 * ICO) from the site's icon, src/app/(frontend)/icon.svg. Run it after changing the icon; both
 * files are committed, so nothing is generated or fetched at build or run time.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

const root = path.resolve(import.meta.dirname, '..')
const svg = fs.readFileSync(path.join(root, 'src/app/(frontend)/icon.svg'))
const sizes = [16, 32, 48]
const pngs = await Promise.all(
  sizes.map((size) => sharp(svg, { density: 384 }).resize(size, size).png().toBuffer()),
)

// ICONDIR, then one ICONDIRENTRY per image, then the images (PNG inside ICO, Vista and later).
const header = Buffer.alloc(6)
header.writeUInt16LE(0, 0)
header.writeUInt16LE(1, 2)
header.writeUInt16LE(sizes.length, 4)
let offset = header.length + 16 * sizes.length
const entries = sizes.map((size, index) => {
  const entry = Buffer.alloc(16)
  entry.writeUInt8(size, 0)
  entry.writeUInt8(size, 1)
  entry.writeUInt16LE(1, 4)
  entry.writeUInt16LE(32, 6)
  entry.writeUInt32LE(pngs[index].length, 8)
  entry.writeUInt32LE(offset, 12)
  offset += pngs[index].length
  return entry
})
fs.writeFileSync(
  path.join(root, 'src/app/favicon.ico'),
  Buffer.concat([header, ...entries, ...pngs]),
)
console.log(`src/app/favicon.ico: ${sizes.join(', ')} px`)
