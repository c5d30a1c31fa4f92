// Does a stretch of text hold the kind of answer a question word asks for? `how many` wants a
// number, `when` a date, `who` a named person, `where` a place, `why` a reason.
import { DAYS as WEEKDAYS, MONTH_WORDS } from '../../text/vocabulary.ts';
import { isYear } from '../../text/years.ts';
import type { AnswerKind } from '../query/plan.ts';

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|trillions?|half|percent';
const MONTHS = MONTH_WORDS.join('|');
const DAYS = [...WEEKDAYS, 'yesterday', 'today', 'tonight', 'tomorrow'].join('|');

const NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS})\\b`, 'iu');
const FIGURE = /\p{N}+(?:[.,]\p{N}+)*/gu;
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS})\\.? $`, 'iu');
const MONTH_AFTER = new RegExp(`^(st|nd|rd|th)? (${MONTHS})\\b`, 'iu');

const PATTERNS: Record<Exclude<AnswerKind, 'number'>, RegExp> = {
  date: new RegExp(`\\b(${MONTHS}|${DAYS})\\b|\\b(last|this|next) (year|month|week)\\b|\\b\\d+ (years?|months?|weeks?|days?) ago\\b`, 'iu'),
  timing: /\b(imminent|imminently|impending|soon|shortly|yet|horizon|timing|timeline|timetable|immediate|immediately|upcoming|underway|under way|scheduled?|deadline|delay(ed)?|postponed?|any day|months? away|weeks? away|days? away|not before)\b/iu,
  // Two capitalised words in a row, not at the start of the text: a name (Pete Hegseth, Jorge Rodríguez).
  person: /(?<=[\p{Ll},;:]\s+)\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+/gu,
  place: /\b(in|from|to|across|near|at) (the )?\p{Lu}\p{Ll}+/u,
  // The text opens by saying what something is: `Arraignment is a formal reading…` (checked against the matched words in `defines`).
  definition: /^([^.;:]{1,160}?)\s(?:is|are|was|were|refers to)\s(?:a|an|the|one|any)\s/u,
  reason: /\b(because|due to|as a result|in order to|so that|reason|caus(e|ed|es)|driven by|since|makes? (it|them))\b/iu,
};

/**
 * How many of `kinds` the text holds. A person counts only near one of the matched words (offsets
 * into `text`): for "who warned…" the name must be the one warning, not any name in the passage.
 */
export function kindsIn(text: string, kinds: readonly AnswerKind[], matchedAt: readonly number[], near: number): AnswerKind[] {
  return kinds.filter((k) => (k === 'number' ? hasQuantity(text) : k === 'person' ? nameNear(text, matchedAt, near) : k === 'definition' ? defines(text, matchedAt) : k === 'date' ? hasDate(text) : PATTERNS[k].test(text)));
}

/** A date: a month or day word, a year (`isYear`, the text kit's), or a time counted back (`last year`, `3 weeks ago`). */
function hasDate(text: string): boolean {
  if (PATTERNS.date.test(text)) return true;
  for (const m of text.matchAll(FIGURE)) if (isYear(text, m.index, m[0])) return true;
  return false;
}

/**
 * A quantity: a number word, or a figure that is not a year (1995) nor a day of a month
 * (April 19, 19 April). "How many people were killed" is answered by "claimed 168 lives", not by
 * "on April 19, 1995".
 */
export function hasQuantity(text: string): boolean {
  if (NUMBER_WORD.test(text)) return true;
  for (const m of text.matchAll(FIGURE)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (isYear(text, m.index, m[0]) || MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue;
    return true;
  }
  return false;
}

/** The text opens by defining one of the question's words: a matched word comes before its `is a`. */
function defines(text: string, matchedAt: readonly number[]): boolean {
  const m = PATTERNS.definition.exec(text);
  return m !== null && matchedAt.some((at) => at < m[1]!.length);
}

/** A name within `near` characters of a matched word counts as the one acting (`Rodríguez warning`). */
function nameNear(text: string, matchedAt: readonly number[], near: number): boolean {
  for (const m of text.matchAll(PATTERNS.person)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (matchedAt.some((at) => at >= from - near && at <= to + near)) return true;
  }
  return false;
}
