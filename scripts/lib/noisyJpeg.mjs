import sharp from 'sharp'

/**
 * A photo-like JPEG for the benches: noise compresses badly and decodes slowly, like a real
 * camera photo (6000 × 4000 is a 24-megapixel camera's, ~12.5 MB at quality 85).
 *
 * @param {{ width: number, height: number }} size
 * @returns {Promise<Buffer>}
 */
export const noisyJpeg = ({ width, height }) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#678',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
