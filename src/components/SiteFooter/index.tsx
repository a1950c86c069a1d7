export const SiteFooter = () => (
  <footer className="site-footer">
    <p>Spoilerproof · TV news and explainers, with spoilers kept behind a button.</p>
  </footer>
)
