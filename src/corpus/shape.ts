// Small text-shape tests shared by the loader: sentence ends, case, word counts. Sentence
// splitting itself is the text kit's (../text/sentences.ts).

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = '"”’\'»)]*_';

/** Index just past the last character that is not white space or a closing quote/bracket. */
function markEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) <= 32 || CLOSERS.includes(text.charAt(end - 1)))) end--;
  return end;
}

/** The text without trailing closing quotes/brackets, so `said.”` ends with `.`. */
export function withoutClosers(text: string): string {
  return text.slice(0, markEnd(text));
}

/** The last character of the text, closing quotes and brackets aside ('' when there is none). */
export function lastMark(text: string): string {
  const end = markEnd(text);
  return end > 0 ? text.charAt(end - 1) : '';
}

/** True when the text ends a sentence (., !, ?, …), ignoring closing quotes. */
export function endsSentence(text: string): boolean {
  const mark = lastMark(text);
  return mark !== '' && '.!?…'.includes(mark);
}

/** True when the first letter-like character is lower case (a continued sentence). */
export function startsLower(text: string): boolean {
  return /^["“‘'(]?\p{Ll}/u.test(text.trimStart());
}

/**
 * Words separated by white space; counting stops past `limit` (callers often only compare).
 * Steps from space to space with indexOf, which is several times faster than a character loop.
 */
export function wordCount(text: string, limit = Number.MAX_SAFE_INTEGER): number {
  const t = text.includes('\t') || text.includes('\n') ? text.replace(/\s+/gu, ' ').trim() : text.trim();
  if (t === '') return 0;
  let count = 1;
  for (let i = t.indexOf(' '); i >= 0 && count <= limit; i = t.indexOf(' ', i + 1)) {
    if (t.charCodeAt(i + 1) !== 32) count++;
  }
  return count;
}

/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(text: string): string {
  // Most text already has single spaces only; replacing every space would copy it for nothing.
  return /\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim();
}

/** A comparison key: case and white space ignored, trailing punctuation dropped. */
export function compareKey(text: string): string {
  return normalizeSpace(text).toLowerCase().replace(/[\s.!?:;,…]+$/u, '');
}

const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or',
  'over', 'the', 'to', 'vs', 'vs.', 'with', 'amid', 'after', 'than', 'its', 'are', 'be',
]);

/** Longer lines are never headlines; checking them word by word would only cost time. */
const MAX_HEADLINE_CHARS = 200;

/** How many words other than small ones the text has, and how many of them start with a capital or a digit. */
function capitals(text: string): { significant: number; capped: number } {
  let significant = 0;
  let capped = 0;
  for (const word of text.split(' ')) {
    let i = 0;
    while (i < word.length && '"“‘\'('.includes(word.charAt(i))) i++;
    const first = word.charAt(i);
    const isLetter = first.toLowerCase() !== first.toUpperCase();
    const isDigit = first >= '0' && first <= '9';
    if ((!isLetter && !isDigit) || (word.length - i <= 5 && SMALL_WORDS.has(word.slice(i).toLowerCase()))) continue;
    significant++;
    if (isDigit || first !== first.toLowerCase()) capped++;
  }
  return { significant, capped };
}

/** True when most words other than small ones (at least two) start with a capital (Headline Style). */
export function isTitleCase(text: string): boolean {
  if (text.length > MAX_HEADLINE_CHARS) return false;
  const { significant, capped } = capitals(text);
  // One capitalised word ("The the Mayor?") is too little to call a line Headline Style.
  return significant >= 2 && capped / significant >= 0.75;
}

/**
 * Strict Headline Style: every word other than small ones (at least two) starts with a capital.
 * A caption names things in sentence case ("Mayor Ann Hale speaking before the Town Council"):
 * its proper names alone can make most words capitals, but not all of them.
 */
export function isHeadlineStyle(text: string): boolean {
  if (text.length > MAX_HEADLINE_CHARS) return false;
  const { significant, capped } = capitals(text);
  return significant >= 2 && capped === significant;
}

/** Words a heading or a sentence almost never ends on: a line ending in one was broken mid-sentence. */
const DANGLING = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that',
  'which', 'who', 'as', 'is', 'are', 'was', 'were', 'has', 'had', 'have', 'be', 'its', 'their', 'his', 'her',
  'this', 'these', 'than', 'into', 'if', 'when', 'while', 'would', 'will', 'could', 'should', 'not',
]);

/** True when the line stops where no sentence or heading would: on "the", "of", "and", or a comma. */
export function endsMidSentence(text: string): boolean {
  const t = text.trimEnd();
  if (',;–—-'.includes(t.charAt(t.length - 1))) return true;
  return DANGLING.has(t.slice(t.lastIndexOf(' ') + 1).toLowerCase());
}
