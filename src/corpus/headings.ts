// Decides whether a plain line reads as a heading ("Key Takeaways", "Mexico's Resistance").
import { isTitleCase, withoutClosers, wordCount } from './shape.ts';

const MAX_CHARS = 100;
const MAX_WORDS = 12;
/** Headings that end in `?`, `!` or `:` are short; longer ones are sentences. */
const MAX_PUNCTUATED_WORDS = 8;

/** Short, no final full stop, starts with a capital: a section heading, not a paragraph. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  if (t === '' || t.length > MAX_CHARS || words > MAX_WORDS) return false;
  if (!/\p{L}/u.test(t) || /^[\p{Ll}"“‘'([]/u.test(t)) return false;
  // Ending in a quote: a headline quoting someone ("Strikes Are “On the Table”"), else a quoted sentence.
  const bare = withoutClosers(t);
  if (bare !== t && !isTitleCase(t)) return false;
  if (/[.,;…]$/u.test(bare)) return false;
  if (/[!?]$/u.test(bare)) return words <= MAX_PUNCTUATED_WORDS && isTitleCase(t);
  if (/:$/u.test(bare)) return words <= MAX_PUNCTUATED_WORDS;
  return true;
}
