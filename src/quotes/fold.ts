// Folding for matching names and quotes: the text kit's folding (case, accents, ß/ø/ł…) with one
// kind of apostrophe.
import { fold as foldLetters } from '../text/fold.ts';

const folded = new Map<string, string>();

/** `Núñez’s` → `nunez's`, `Łukasz` → `lukasz`: how names and words are compared, never how they are shown. */
export function fold(text: string): string {
  // Words are folded over and over while a corpus is read: remember the short ones.
  const known = folded.get(text);
  if (known !== undefined) return known;
  const out = foldLetters(text).replace(/[’‘`´]/g, "'");
  if (text.length <= 40 && folded.size < 200_000) folded.set(text, out);
  return out;
}

/** The folded words of a text, apostrophes inside words kept (`we've`). */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** True when the text's first letter is a capital. */
export function isCapitalised(word: string): boolean {
  // Called for every token many times over: a case check instead of a regular expression, and
  // for ASCII (most words) a look at the character code alone.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * The word of a full name that the text uses alone for that person: the last (`Claudia Sheinbaum`
 * → Sheinbaum), or the first when the name is written family name first with a hyphenated given
 * name (`Ong Mei-lin` → Ong, `Kim Soo-yeon` → Kim).
 */
export function familyName(words: readonly string[]): string {
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && words.length <= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last) ? words[0]! : last;
}

/** A name's family word, folded: how people are matched by surname (`ong` for Ong Mei-lin). */
export const familyKey = (words: readonly string[]): string => fold(familyName(words));
