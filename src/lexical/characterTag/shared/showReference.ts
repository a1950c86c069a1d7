const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)`
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|final|last|latest|new|next|\d+(?:st|nd|rd|th))`

/** "… Season 2", "… seasons 1", "… S2", "… S2E3", "…’s second season", "…'s final episode". */
const SEASON_AFTER = new RegExp(
  String.raw`^(?:\s+(?:seasons?|series|episodes?)\s+${NUMBER}\b|\s+S\d+(?:E\d+)?\b|['’]s\s+(?:${ORDINAL}\s+)+(?:seasons?|series|episodes?|finale|premiere)\b)`,
  'iu',
)
/** "Season 2 of …", "episode 3 of …", "the second season of …". */
const SEASON_BEFORE = new RegExp(
  String.raw`\b(?:(?:seasons?|series|episodes?)\s+${NUMBER}|${ORDINAL}\s+(?:seasons?|series|episodes?))\s+of\s+$`,
  'iu',
)

/**
 * Whether words that name a show, found at `start`–`end` of `text`, are plainly the show:
 * followed or preceded by a season or episode ("Luke Cage Season 2", "Season 2 of Jessica
 * Jones"). Such words are never offered as a character mention.
 */
export const isShowReferenceAround = (text: string, start: number, end: number): boolean =>
  SEASON_AFTER.test(text.slice(end, end + 60)) ||
  SEASON_BEFORE.test(text.slice(Math.max(0, start - 60), start))
