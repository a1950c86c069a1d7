import type { Endpoint } from 'payload'

import { checkRole } from '@/utilities/checkRole'

import { mergeCharacter } from '../mergeCharacter'

/** `POST /api/characters/:id/merge` with `{ "into": <id> }`. Editors and admins only. */
export const mergeEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    if (!checkRole(req.user, ['editor', 'admin'])) {
      return Response.json(
        { errors: [{ message: 'Only editors can merge characters.' }] },
        { status: 403 },
      )
    }
    const body = (await req.json?.().catch(() => null)) as { into?: unknown } | null
    const into = body?.into
    if (typeof into !== 'string' && typeof into !== 'number') {
      return Response.json(
        { errors: [{ message: 'Send {"into": <character id>} naming the character to keep.' }] },
        { status: 400 },
      )
    }
    const fromId = req.routeParams?.id as string
    const result = await mergeCharacter({ req, fromId, intoId: into })
    return Response.json(result)
  },
}
