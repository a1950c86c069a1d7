import os from 'node:os'

/**
 * The most pixels an uploaded image may have, all frames counted: 50 megapixels, e.g. a
 * 45–50 MP camera's 8,660 × 5,773. Decoding costs 3–4 bytes a pixel and Payload decodes the
 * original once per size, so a small PNG that claims 16,000 × 16,000 (256 MP) cost ~5 s and
 * ~560 MB here; anything over this is refused from its header, before any decoding.
 */
export const MAX_IMAGE_PIXELS = 50_000_000

/**
 * How many image pipelines (decode, resize, encode) run at once in this process. Each one
 * holds a libuv thread and, while it decodes, up to MAX_IMAGE_PIXELS × 4 bytes; the same
 * thread pool also hashes passwords, so six large uploads at once made a login wait seconds.
 * Half the cores, at least one, leaves the rest to everything else.
 */
export const IMAGE_WORK_CONCURRENCY = Math.max(1, Math.floor(os.availableParallelism() / 2))
