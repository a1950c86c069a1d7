/**
 * The bad-input table for tests/int/badInput.int.spec.ts: requests a client can get wrong, and
 * the 4xx each must get instead of a 500 (or of a silent 200 that ignored the mistake). Paths
 * are after `/api`; `:article` is replaced by a real article id.
 */
export type BadInputCase = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  /** Anonymous unless `editor`. */
  as?: 'editor'
  /** A raw body, sent as JSON unless `contentType` says otherwise. */
  body?: string
  contentType?: string
  status: number
  message: RegExp
}

const get = (path: string, status: number, message: RegExp, as?: 'editor'): BadInputCase => ({
  method: 'GET',
  path,
  status,
  message,
  as,
})

const send = (
  method: BadInputCase['method'],
  path: string,
  body: string | undefined,
  status: number,
  message: RegExp,
  contentType?: string,
): BadInputCase => ({ method, path, body, contentType, status, message, as: 'editor' })

let drafts = 0

/** A draft article with `fields` replaced, as JSON; titles (and so slugs) differ. */
const draft = (fields: Record<string, unknown>) => {
  drafts += 1
  return JSON.stringify({ title: `Typed wrong ${drafts}`, dek: 'Dek.', ...fields })
}

const NO_SUCH_ID = /no document in (\w|-)+ has the id/
const PAGE = /page\]?" must be a whole number from 1/
const LIMIT = /limit\]?" must be a whole number from 1 to 100/
const DEPTH = /"depth" must be a whole number from 0 to 10/
const NOT_A_DATE = /is not a date/
const NOT_A_NUMBER = /is not a number/
const NOT_AN_ID = /is not an id of/
const POINT_ONLY = /works only on point fields/
const JSON_OBJECT = /must be a JSON object/

export const badInputCases: BadInputCase[] = [
  // Ids in the path: SQLite ids are whole numbers, MongoDB ids are ObjectIds.
  get('/articles/abc', 404, NO_SUCH_ID),
  get('/articles/1abc', 404, NO_SUCH_ID),
  get('/characters/abc', 404, NO_SUCH_ID),
  get('/shows/abc', 404, NO_SUCH_ID),
  get('/media/abc', 404, NO_SUCH_ID),
  get('/search/abc', 404, NO_SUCH_ID),
  get('/users/abc', 404, NO_SUCH_ID, 'editor'),
  get('/articles/versions/abc', 404, NO_SUCH_ID, 'editor'),
  get('/payload-locked-documents/abc', 404, NO_SUCH_ID, 'editor'),
  send('PATCH', '/articles/abc', '{"title":"x"}', 404, NO_SUCH_ID),
  send('DELETE', '/articles/abc', undefined, 404, NO_SUCH_ID),
  send('POST', '/articles/abc/duplicate', '{}', 404, NO_SUCH_ID),
  // Versions of things that keep none.
  get('/globals/spoiler-policy/versions', 404, /not found/i, 'editor'),
  get('/globals/spoiler-policy/versions/1', 404, /not found/i, 'editor'),
  get('/shows/versions', 404, /not found|no document/i, 'editor'),
  get('/shows/versions/1', 404, /not found/i, 'editor'),
  send('POST', '/users/verify/abc', undefined, 404, /not found/i),
  // Paging parameters.
  get('/articles?page=99999999999999999999', 400, PAGE),
  get('/articles?page=abc', 400, PAGE),
  get('/articles?page=0', 400, PAGE),
  get('/articles?page=-1', 400, PAGE),
  get('/articles?page=1.5', 400, PAGE),
  get('/articles?limit=abc', 400, LIMIT),
  get('/articles?limit=-1', 400, LIMIT),
  get('/articles?limit=2.5', 400, LIMIT),
  get('/articles/versions?limit=-1', 400, LIMIT, 'editor'),
  get('/articles?depth=abc', 400, DEPTH),
  get('/articles?depth=-1', 400, DEPTH),
  get('/articles?depth=11', 400, DEPTH),
  get('/articles?draft=abc', 400, /"draft" must be true or false/),
  get('/articles?trash=maybe', 400, /"trash" must be true or false/),
  // `where`: its shape.
  get('/articles?where=abc', 400, /"where".*JSON/),
  get('/articles?where={"title":', 400, /"where".*JSON/),
  get('/articles?where[title]=abc', 400, /where\.title must name an operator/),
  get('/articles?where[and][0]=abc', 400, /where\.and\.0 must be an object/),
  get('/articles?where[or]=abc', 400, /where\.or must be a list/),
  get('/articles?where[title][equals][x]=abc', 400, /where\.title\.equals must be a value/),
  get('/articles?where[title][bogus]=1', 400, /title\.bogus/),
  get('/articles?where[nofield][equals]=1', 400, /nofield/),
  get('/articles?where[title][exists]=maybe', 400, /where\.title\.exists must be true or false/),
  // `where`: paths the database cannot query.
  get('/articles?where[populatedAuthors.name][equals]=x', 400, /computed when read/),
  get('/articles?where[characters.articles][exists]=true', 400, /join can be queried only/),
  get('/articles?where[body.root.children][exists]=true', 400, /inside rich text/),
  // `where`: operators that need another kind of field.
  get('/articles?where[title][all]=a,b', 400, /"all" works only on fields that hold several/),
  get('/articles?where[title][near]=1,2', 400, POINT_ONLY),
  get('/articles?where[title][within]=1', 400, POINT_ONLY),
  get('/articles?where[title][intersects]=1', 400, POINT_ONLY),
  get('/articles/count?where[title][near]=1', 400, POINT_ONLY),
  // `where`: values of the wrong type for their field.
  get('/articles?where[publishedAt][greater_than]=notadate', 400, NOT_A_DATE),
  get('/articles?where[publishedAt][equals]=notadate', 400, NOT_A_DATE),
  get('/articles?where[createdAt][less_than]=abc', 400, NOT_A_DATE),
  get('/articles?where[publishedAt][in]=2026-01-01,notadate', 400, NOT_A_DATE),
  get('/articles?where[spoilerWarnings.season][equals]=abc', 400, NOT_A_NUMBER),
  get('/characters?where[appearances.seasons][equals]=abc', 400, NOT_A_NUMBER),
  get('/articles?where[id][in]=abc,def', 400, NOT_AN_ID),
  get('/articles?where[id][equals]=abc', 400, NOT_AN_ID),
  get('/articles?where[heroImage][equals]=abc', 400, NOT_AN_ID),
  get('/articles?where[shows][in]=abc', 400, NOT_AN_ID),
  get('/search?where[doc][equals]=abc', 400, NOT_AN_ID),
  get('/articles/versions?where[version.publishedAt][equals]=notadate', 400, NOT_A_DATE, 'editor'),
  send('PATCH', '/articles?where[id][equals]=abc', '{"title":"x"}', 400, NOT_AN_ID),
  // Sorting, selecting, populating and joins.
  get('/articles?sort=nofield', 400, /sort by "nofield"/),
  get('/articles?sort=-nofield', 400, /sort by "nofield"/),
  get('/articles?sort[a]=b', 400, /"sort" must be/),
  get('/articles/versions?sort=nofield', 400, /sort by "nofield"/, 'editor'),
  get('/articles?select=abc', 400, /"select" must/),
  get('/articles?select[nofield]=true', 400, /no field "nofield"/),
  get('/articles?select[title]=maybe', 400, /"select" must/),
  get('/articles?populate=abc', 400, /"populate" must/),
  get('/articles?populate[nocollection][title]=true', 400, /no collection "nocollection"/),
  get('/characters?joins=abc', 400, /"joins" must/),
  get('/characters?joins[nofield][limit]=1', 400, /no join field "nofield"/),
  get('/characters?joins[articles]=abc', 400, /"joins\[articles\]" must/),
  get('/characters?joins[articles][limit]=abc', 400, LIMIT),
  get('/characters?joins[articles][page]=0', 400, PAGE),
  get('/characters?joins[articles][sort]=nofield', 400, /sort by "nofield"/),
  get('/characters?joins[articles][where][publishedAt][equals]=notadate', 400, NOT_A_DATE),
  // Bodies that are not a document.
  send('POST', '/articles', '"a bare string"', 400, JSON_OBJECT),
  send('POST', '/articles', '42', 400, JSON_OBJECT),
  send('POST', '/articles', 'null', 400, JSON_OBJECT),
  send('POST', '/articles', '[1,2]', 400, JSON_OBJECT),
  send('POST', '/articles', '{"title": ', 400, /Invalid JSON/),
  send('POST', '/articles', '{"_status":["published"]}', 400, /_status/),
  send('POST', '/shows', '"a bare string"', 400, JSON_OBJECT),
  send('PATCH', '/articles/:article', '"a bare string"', 400, JSON_OBJECT),
  send('POST', '/globals/spoiler-policy', '"a bare string"', 400, JSON_OBJECT),
  // Fields given values of the wrong type.
  send('POST', '/globals/spoiler-policy', '{"softenAfterDays":"abc"}', 400, /softenAfterDays/),
  send('POST', '/articles?draft=true', draft({ publishedAt: 'notadate' }), 400, /publishedAt/),
  send('POST', '/articles?draft=true', draft({ heroImage: 'abc' }), 400, /heroImage/),
  send('POST', '/articles?draft=true', draft({ shows: ['abc'] }), 400, /shows/),
  send('POST', '/articles?draft=true', draft({ spoilerWarnings: [{ show: 'abc' }] }), 400, /show/),
  send(
    'POST',
    '/articles?draft=true',
    draft({ spoilerWarnings: [{ show: ':show', season: 'abc' }] }),
    400,
    /season/,
  ),
  send('POST', '/articles?draft=true', draft({ title: ['t'] }), 400, /title/),
  send('POST', '/characters', '{"name":"Aliased","aliases":"notarray"}', 400, /aliases/),
  send(
    'POST',
    '/characters',
    '{"name":"Seasoned","appearances":[{"show":":show","seasons":["a"]}]}',
    400,
    /seasons/,
  ),
  send(
    'POST',
    '/articles',
    'title=Form+encoded&dek=x',
    415,
    /application\/json/,
    'application/x-www-form-urlencoded',
  ),
  send('POST', '/articles', 'title=x', 415, /application\/json/, 'text/plain'),
]

/**
 * Controls: well-formed requests of the same kinds, which must still answer 200. `:article`,
 * `:show` and `:editor` are replaced by real ids.
 */
export const goodInputCases: Array<Pick<BadInputCase, 'path' | 'as'>> = [
  { path: '/articles/:article' },
  { path: '/articles?page=2&limit=5&depth=0' },
  { path: '/articles?where[publishedAt][greater_than]=2020-01-01' },
  { path: '/articles?where[publishedAt][less_than_equal]=2020-01-01T10:00:00.000Z' },
  { path: '/articles?where[publishedAt][exists]=true' },
  { path: '/articles?where[heroImage][exists]=false' },
  { path: '/articles?where[id][in]=:article' },
  { path: '/articles?where[id][equals]=:article' },
  { path: '/articles?where[shows][in]=:show' },
  { path: '/articles?where[body][like]=x' },
  { path: '/characters?where[articles][exists]=true' },
  { path: '/characters?where[articles.title][like]=x' },
  { path: '/articles?where[heroImage.alt][like]=x' },
  { path: '/articles?where[spoilerWarnings.season][greater_than]=1' },
  { path: '/articles?where={"title":{"equals":"x"}}' },
  { path: '/articles?where[or][0][title][like]=x&where[or][1][dek][like]=y' },
  { path: '/articles?sort=-publishedAt,title' },
  { path: '/articles?select[title]=true&select[slug]=true' },
  { path: '/articles?populate[media][alt]=true&depth=1' },
  { path: '/articles?draft=true&trash=false' },
  { path: '/articles/count?where[title][like]=x' },
  { path: '/characters?joins[articles][limit]=5&joins[articles][sort]=-publishedAt' },
  { path: '/characters?joins[articles][where][publishedAt][exists]=true' },
  { path: '/characters?joins[articles]=false' },
  { path: '/characters?where[appearances.show][equals]=:show' },
  { path: '/globals/spoiler-policy' },
  { path: '/search?where[title][like]=x' },
  { path: '/search?where[doc.relationTo][equals]=articles&where[doc.value][equals]=:article' },
  {
    path: '/payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=:article',
    as: 'editor',
  },
  { path: '/articles?where[authors][in]=:editor', as: 'editor' },
  { path: '/articles/versions?where[version.title][like]=x&sort=-updatedAt', as: 'editor' },
  { path: '/articles/versions?where[parent][equals]=:article&limit=5', as: 'editor' },
]
