// Drops passages that several files share word for word: site furniture the line rules missed.
import type { Article } from './types.ts';
import { normalizeSpace, wordCount } from './shape.ts';

/** A line in 2+ files is boilerplate when this short; in 3+ files when at most LONG_WORDS. */
const SHORT_WORDS = 12;
const LONG_WORDS = 40;

export interface RepeatedPassage {
  source: string;
  line: number;
  text: string;
}

/** Articles without the repeated passages, plus the passages removed. One pass, one map. */
export function dropRepeatedPassages(articles: readonly Article[]): { articles: Article[]; removed: RepeatedPassage[] } {
  // Only passages short enough to be dropped are counted: the rest never need a key.
  const keyOf = (text: string): string | null =>
    text.length <= 15 * LONG_WORDS && wordCount(text, LONG_WORDS) <= LONG_WORDS ? normalizeSpace(text).toLowerCase() : null;
  const keys = articles.map((a) => a.passages.map((p) => keyOf(p.text)));
  const fileCount = new Map<string, number>();
  const lastFile = new Map<string, string>();
  articles.forEach((a, i) => {
    for (const key of keys[i]!) {
      if (key === null || lastFile.get(key) === a.source) continue;
      lastFile.set(key, a.source);
      fileCount.set(key, (fileCount.get(key) ?? 0) + 1);
    }
  });
  const removed: RepeatedPassage[] = [];
  const kept = articles.map((a, i) => {
    const passages = a.passages.filter((p, j) => {
      const key = keys[i]![j];
      const drop = key != null && isRepeatedBoilerplate(p.text, fileCount.get(key)!);
      if (drop) removed.push({ source: p.source, line: p.line, text: p.text });
      return !drop;
    });
    return passages.length === a.passages.length ? a : { ...a, passages };
  });
  return { articles: kept, removed };
}

/** Quotations are legitimately repeated across coverage of one story, so they are exempt. */
function isRepeatedBoilerplate(text: string, fileCount: number): boolean {
  // Opening marks only: ’ is also an apostrophe.
  if (fileCount < 2 || /["“”‘«]/u.test(text)) return false;
  const words = wordCount(text);
  return words <= SHORT_WORDS || (fileCount >= 3 && words <= LONG_WORDS);
}
