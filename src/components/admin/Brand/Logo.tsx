import './brand.css'

import { SpoilerproofMark } from './SpoilerproofMark'

/** The login page's logo (Payload `graphics.Logo`): the mark and the name. */
export const Logo = () => (
  <span className="spoilerproof-logo">
    <SpoilerproofMark size={44} />
    <span className="spoilerproof-logo__name">
      Spoilerproof <small>Newsroom</small>
    </span>
  </span>
)
