/**
 * Decompression-bomb PNGs for the upload tests and `scripts/bench/abuse.mjs`: valid, fully
 * decodable images of one colour whose pixels deflate about 1000:1, so a small file claims a
 * huge image. Streamed, so even 16000×16000 never holds its pixels in memory here.
 */
import zlib from 'node:zlib'

const chunk = (type, data) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * @param {{ width: number, height: number, channels?: 1 | 3 }} size 1 = greyscale, 3 = RGB
 * @returns {Promise<Buffer>} the PNG file
 */
export const bombPng = async ({ width, height, channels = 3 }) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, channels === 1 ? 0 : 2, 0, 0, 0], 8)
  // Each row: its filter byte (none), then zero bytes; deflated one row at a time.
  const deflate = zlib.createDeflate({ level: 9 })
  const parts = []
  deflate.on('data', (part) => parts.push(part))
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  const row = Buffer.alloc(1 + width * channels)
  for (let y = 0; y < height; y++) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
