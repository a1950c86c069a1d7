import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { doc, paragraph, text } from '@/seed/lexical'

type Data = Parameters<typeof RichText>[0]['data']

const link = (url: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text('click')],
})

const render = (data: unknown): string =>
  renderToStaticMarkup(createElement(RichText, { data: data as Data }))

describe('RichText rendered HTML (SECURITY.md #10, #11)', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('should render the link URL %j as href="#"', (url) => {
    const html = render(doc(paragraph(link(url) as never)))
    expect(html).toContain('<a href="#">click</a>')
  })

  it.each(['//evil.example', '/\\evil.example', ' //evil.example', '\\\\evil.example'])(
    'should render the protocol-relative URL %j as href="#"',
    (url) => {
      const html = render(doc(paragraph(link(url) as never)))
      expect(html).toContain('<a href="#">click</a>')
    },
  )

  it.each([
    ['/evil.example', 'x'],
    ['articles', '/evil.example'],
    ['users', 'someone'],
  ])(
    'should not turn an internal link to %j / %j into another site or a non-public page',
    (relationTo, slug) => {
      const internal = {
        ...link(''),
        fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: { slug } } },
      }
      const html = render(doc(paragraph(internal as never)))
      expect(html).toContain('<a href="#">click</a>')
    },
  )

  it('should link an internal link to a published article by its slug', () => {
    const internal = {
      ...link(''),
      fields: {
        linkType: 'internal',
        newTab: false,
        doc: { relationTo: 'articles', value: { slug: 'a-b' } },
      },
    }
    expect(render(doc(paragraph(internal as never)))).toContain('<a href="/articles/a-b">click</a>')
  })

  it('should render a character tag without a characterId as its words, whatever it carries', () => {
    const forged = {
      type: 'characterTag',
      version: 1,
      character: { slug: 'x" onclick="alert(1)', name: 'Forged' },
      children: [text('Trish')],
    }
    const html = render(doc(paragraph('Hi ', forged as never)))
    expect(html).toContain('Hi Trish')
    expect(html).not.toContain('<a')
  })

  it('should keep a quote in a URL from breaking out of the href', () => {
    const html = render(doc(paragraph(link('https://x.example/" onmouseover="alert(1)') as never)))
    // The quote stays escaped inside href, so the anchor has no second attribute.
    expect(html).toMatch(/<a href="[^"]*&quot; onmouseover=&quot;[^"]*">click<\/a>/)
  })

  it('should render markup in a text node as escaped text', () => {
    const html = render(doc(paragraph('<img src=x onerror=alert(1)>')))
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
