// Small text-shape tests shared by the loader: sentence ends, case, word counts.

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = /["”’'»)\]*_]+$/u;

/** The text without trailing closing quotes/brackets, so `said.”` ends with `.`. */
export function withoutClosers(text: string): string {
  return text.trimEnd().replace(CLOSERS, '');
}

/** True when the text ends a sentence (., !, ?, …), ignoring closing quotes. */
export function endsSentence(text: string): boolean {
  return /[.!?…]$/u.test(withoutClosers(text));
}

/** True when the first letter-like character is lower case (a continued sentence). */
export function startsLower(text: string): boolean {
  return /^["“‘'(]?\p{Ll}/u.test(text.trimStart());
}

export function wordCount(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/u).length;
}

/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A comparison key: case and white space ignored, trailing punctuation dropped. */
export function compareKey(text: string): string {
  return normalizeSpace(text).toLowerCase().replace(/[\s.!?:;,…]+$/u, '');
}

const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or',
  'over', 'the', 'to', 'vs', 'vs.', 'with', 'amid', 'after', 'than', 'its', 'are', 'be',
]);

/** True when most words other than small ones start with a capital (Headline Style). */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return false;
  const capped = words.filter((w) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(w)).length;
  return capped / words.length >= 0.75;
}

/** Start offsets of the sentences of a paragraph (0 first). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?…]+["”’')\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(boundary)) starts.push(m.index + m[0].length);
  return starts;
}
