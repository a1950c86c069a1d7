/** Raster images only: SVG can carry script, so it is never accepted. */
export const ALLOWED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']
