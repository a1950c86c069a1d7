import { withholdSpoilers } from '@/lexical/spoiler/shared/withholdSpoilers'
import { getArticleBySlug } from '@/queries/articles'

type Context = { params: Promise<{ slug: string }> }

/**
 * The words of a published article's spoilers, in page order, for the reveal buttons
 * (WithheldSpoilers). Kept out of search engines; cacheable by browsers and the edge, since the
 * page asks for it with the article's version in the query (withheldBody.ts).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params
  const article = await getArticleBySlug(slug)
  if (!article) {
    return Response.json(
      { errors: [{ message: 'No published article has this address.' }] },
      {
        status: 404,
        headers: { 'X-Robots-Tag': 'noindex', 'Cache-Control': 'public, max-age=60' },
      },
    )
  }
  const { spoilers } = withholdSpoilers(article.body)
  return Response.json(
    { spoilers },
    {
      headers: {
        'X-Robots-Tag': 'noindex, nofollow',
        'Cache-Control': 'public, max-age=300, s-maxage=86400, stale-while-revalidate=60',
      },
    },
  )
}
