'use client'

/**
 * What an editor sees when an admin page fails on the server. Payload's admin reads the
 * signed-in user and the document from the database before anything renders, so with the
 * database away every admin page fails, and Next's own page says only "A server error
 * occurred". In production the browser is not told the cause, so this names the likely one
 * and says what is safe.
 */
export const AdminUnavailable = () => (
  <div role="alert" style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1.5rem' }}>
    <h1>This admin page could not load</h1>
    <p>
      The server could not complete the request. Most often this means the database is unavailable
      for a moment. Everything saved before is safe; changes made since the last successful save
      were not stored.
    </p>
    <p>Wait a minute, then reload. If it keeps happening, tell whoever runs the site.</p>
    <button type="button" onClick={() => window.location.reload()}>
      Reload
    </button>
  </div>
)
