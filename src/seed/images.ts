import sharp from 'sharp'

/**
 * A plain two-colour poster, made on the fly so the repository ships no binary art and the
 * demo needs no network. 16:9 at 1600px wide, like an editor's hero upload.
 */
export const makePosterImage = async ([from, to]: [string, string]): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="1200" cy="300" r="220" fill="${to}" fill-opacity="0.25"/>
    <rect x="120" y="560" width="640" height="40" rx="20" fill="#ffffff" fill-opacity="0.35"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
