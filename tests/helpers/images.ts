import sharp from 'sharp'

/** A small real image of one colour. */
export const solidImage = (format: 'png' | 'jpeg', size = 8): Promise<Buffer> =>
  sharp({ create: { width: size, height: size, channels: 3, background: '#c00' } })
    .toFormat(format)
    .toBuffer()

export { bombPng } from '../../scripts/lib/bombPng.mjs'

/** What a phone camera puts in a photo: where it was taken, by whom, and its colour profile. */
export const SECRET_CREATOR = 'Jane Photographer'
export const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="${SECRET_CREATOR}"/></rdf:RDF></x:xmpmeta>`

/** The sRGB colour the test photo shows, whatever profile its pixels are stored in. */
export const PHOTO_COLOUR = [200, 100, 50] as const

/**
 * A 1800×1200 JPEG (large enough for every size) with GPS and camera EXIF, an XMP packet and a
 * Display P3 colour profile: its stored pixel values are P3 numbers, so an image stripped
 * without converting its colours would show the wrong colour.
 */
export const photoWithMetadata = (): Promise<Buffer> => {
  const raw = Buffer.alloc(1800 * 1200 * 3)
  for (let i = 0; i < raw.length; i += 3) raw.set(PHOTO_COLOUR, i)
  return sharp(raw, { raw: { width: 1800, height: 1200, channels: 3 } })
    .withIccProfile('p3')
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 15', Artist: SECRET_CREATOR },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '40/1 26/1 4630/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '79/1 58/1 5556/100',
      },
    })
    .withXmp(XMP)
    .jpeg({ quality: 95 })
    .toBuffer()
}
