// Decides whether a plain line reads as a heading ("Key Takeaways", "Mexico's Resistance").
import { endsMidSentence, isTitleCase, withoutClosers, wordCount } from './shape.ts';

export const MAX_HEADING_CHARS = 100;
const MAX_WORDS = 12;
/** Headings in sentence case are shorter still; a longer such line is a sentence broken off. */
const MAX_SENTENCE_CASE_WORDS = 8;
/** Headings that end in `?`, `!` or `:` are short; longer ones are sentences. */
const MAX_PUNCTUATED_WORDS = 8;
/** A label with a colon (`Background:`, `What we know:`) is a heading whatever its case. */
const MAX_LABEL_WORDS = 3;

/** A full stop after a lower-case word, then a capital: two sentences, not a heading ("U.S. Forces" is fine). */
const SENTENCE_INSIDE = /\p{Ll}{3,}[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

/** Short, no final full stop, starts with a capital: a section heading, not a paragraph. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > MAX_HEADING_CHARS) return false;
  // Ending in a quote: a headline quoting someone ("Strikes Are “On the Table”"), else a quoted sentence.
  const bare = withoutClosers(t);
  const last = bare.charAt(bare.length - 1);
  if (last === '' || '.,;…'.includes(last)) return false;
  const words = wordCount(t, MAX_WORDS);
  if (words > MAX_WORDS) return false;
  if (!/\p{L}/u.test(t) || /^[\p{Ll}"“‘'([]/u.test(t) || endsMidSentence(t)) return false;
  if (SENTENCE_INSIDE.test(t)) return false;
  if (words > MAX_SENTENCE_CASE_WORDS && !isTitleCase(t)) return false;
  if (bare !== t && !isTitleCase(t)) return false;
  if (last === '!' || last === '?') return words <= MAX_PUNCTUATED_WORDS && isTitleCase(t);
  // `Background:` heads a section; `Key numbers from the paper:` is a sentence leading into a list.
  if (last === ':') return words <= MAX_LABEL_WORDS || (words <= MAX_PUNCTUATED_WORDS && isTitleCase(t));
  return true;
}
