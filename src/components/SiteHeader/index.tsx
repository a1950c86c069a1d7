import Link from 'next/link'

export const SiteHeader = () => (
  <header className="site-header">
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <div className="site-header__inner">
      <Link className="site-header__brand" href="/">
        Spoilerproof
      </Link>
      <nav aria-label="Main">
        <Link href="/">Latest</Link>
        <Link href="/shows">Shows</Link>
        <Link href="/characters">Characters</Link>
        <Link href="/search">Search</Link>
      </nav>
    </div>
  </header>
)
