import './brand.css'

import { SpoilerproofMark } from './SpoilerproofMark'

/** The admin's nav icon (Payload `graphics.Icon`), in place of Payload's logo. */
export const Icon = () => (
  <span className="spoilerproof-icon" title="Spoilerproof">
    <SpoilerproofMark size={26} />
    <span className="spoilerproof-visually-hidden">Spoilerproof</span>
  </span>
)
