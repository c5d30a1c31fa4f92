// A four-digit figure read as a year, not a count: one rule for the search hints (`when` wants a
// date, `how many` a quantity that is not a year) and for coverage's figures (a year is no figure).
import { MONTH_WORDS } from './vocabulary.ts';

const MONTHS = MONTH_WORDS.join('|');
/** Years news speaks of: 1800 to 2099, read as a year wherever they stand (`the 1995 election`). */
const MODERN_YEAR = /^(1[89]\d\d|20\d\d)$/u;
const OLDER_YEAR = /^1[0-7]\d\d$/u;
/** What an older year (1066, 1642) stands after: `in 1066`, `since 1200`, `9 March 1642`; `sent 1200 troops` is a count. */
const YEAR_CUE = new RegExp(`(?:\\b(?:in|since|until|till|before|after|during|circa|c\\.|year|early|late|mid)|\\b(?:${MONTHS})\\.?(?: \\d{1,2},?)?|\\b\\d{1,2} (?:${MONTHS})) $`, 'iu');

/** Four digits from 1800 to 2099: a year wherever they stand. */
export function isModernYear(figure: string): boolean {
  return MODERN_YEAR.test(figure);
}

/** The `figure` at `at` in `text` as a year: `isModernYear`, or four digits from 1000 after a word that introduces a year. */
export function isYear(text: string, at: number, figure: string): boolean {
  if (isModernYear(figure)) return true;
  return OLDER_YEAR.test(figure) && YEAR_CUE.test(text.slice(Math.max(0, at - 16), at));
}
