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
  const files = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const p of a.passages) {
      const key = normalizeSpace(p.text).toLowerCase();
      let set = files.get(key);
      if (!set) files.set(key, (set = new Set()));
      set.add(a.source);
    }
  }
  const removed: RepeatedPassage[] = [];
  const kept = articles.map((a) => {
    const passages = a.passages.filter((p) => {
      const shared = files.get(normalizeSpace(p.text).toLowerCase())!.size;
      const drop = isRepeatedBoilerplate(p.text, shared);
      if (drop) removed.push({ source: p.source, line: p.line, text: p.text });
      return !drop;
    });
    return { ...a, passages };
  });
  return { articles: kept, removed };
}

/** Quotations are legitimately repeated across coverage of one story, so they are exempt. */
function isRepeatedBoilerplate(text: string, fileCount: number): boolean {
  if (fileCount < 2 || /["“”]/u.test(text)) return false;
  const words = wordCount(text);
  return words <= SHORT_WORDS || (fileCount >= 3 && words <= LONG_WORDS);
}
