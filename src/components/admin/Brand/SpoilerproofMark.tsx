import { BRAND_MARK } from './brandMark'

/** The mark as inline SVG, sized by the caller. Decorative: the name sits beside it or in a title. */
export const SpoilerproofMark = ({ size = 32 }: { size?: number }) => (
  <svg aria-hidden="true" width={size} height={size} viewBox={BRAND_MARK.viewBox}>
    <path d={BRAND_MARK.shield} fill={BRAND_MARK.color} />
    <path d={BRAND_MARK.lid} stroke="#fff" strokeWidth="2.2" fill="none" strokeLinecap="round" />
    <path d={BRAND_MARK.lashes} stroke="#fff" strokeWidth="2" strokeLinecap="round" />
  </svg>
)
