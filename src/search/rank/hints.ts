// Does a stretch of text hold the kind of answer a question word asks for? `how many` wants a
// number, `when` a date, `who` a named person, `where` a place, `why` a reason.
import { DAYS as WEEKDAYS, MONTH_WORDS } from '../../text/vocabulary.ts';
import type { AnswerKind } from '../query/plan.ts';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|trillions?|half|percent';
const MONTHS = MONTH_WORDS.join('|');
const DAYS = [...WEEKDAYS, 'yesterday', 'today', 'tonight', 'tomorrow'].join('|');

const PATTERNS: Record<AnswerKind, RegExp> = {
  number: new RegExp(`\\p{N}|\\b(${NUMBER_WORDS})\\b`, 'iu'),
  date: new RegExp(`\\b(${MONTHS}|${DAYS})\\b|\\b(1[89]|20)\\d\\d\\b|\\b(last|this|next) (year|month|week)\\b|\\b\\d+ (years?|months?|weeks?|days?) ago\\b`, 'iu'),
  timing: /\b(imminent|imminently|impending|soon|shortly|yet|horizon|timing|timeline|timetable|immediate|immediately|upcoming|underway|under way|scheduled?|deadline|delay(ed)?|postponed?|any day|months? away|weeks? away|days? away|not before)\b/iu,
  // Two capitalised words in a row, not at the start of the text: a name (Pete Hegseth, Jorge Rodríguez).
  person: /(?<=[\p{Ll},;:]\s+)\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+/gu,
  place: /\b(in|from|to|across|near|at) (the )?\p{Lu}\p{Ll}+/u,
  reason: /\b(because|due to|as a result|in order to|so that|reason|caus(e|ed|es)|driven by|since|makes? (it|them))\b/iu,
};

/**
 * How many of `kinds` the text holds. A person counts only near one of the matched words (offsets
 * into `text`): for "who warned…" the name must be the one warning, not any name in the passage.
 */
export function kindsIn(text: string, kinds: readonly AnswerKind[], matchedAt: readonly number[], near: number): number {
  return kinds.filter((k) => (k === 'person' ? nameNear(text, matchedAt, near) : PATTERNS[k].test(text))).length;
}

/** A name within `near` characters of a matched word counts as the one acting (`Rodríguez warning`). */
function nameNear(text: string, matchedAt: readonly number[], near: number): boolean {
  for (const m of text.matchAll(PATTERNS.person)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (matchedAt.some((at) => at >= from - near && at <= to + near)) return true;
  }
  return false;
}
