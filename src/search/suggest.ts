// Close terms for a "nothing found" reply: index words within a couple of edits of the question's
// words, or starting with them, shown as the articles write them.
import type { PassageIndex } from './passage-index.ts';
import { tokenize } from '../text/tokens.ts';

export function suggestTerms(index: PassageIndex, query: string, max: number): string[] {
  const found = new Map<string, number>();
  for (const token of tokenize(query)) {
    if (!token.term || token.term.length < 3) continue;
    const distance = token.term.length >= 8 ? 2 : 1;
    for (const [, id, d] of index.near(token.term, distance)) note(found, index.surfaceOf(id), d);
    let n = 0;
    for (const [, id] of index.withPrefix(token.term)) if (n++ < 10) note(found, index.surfaceOf(id), 1.5);
  }
  return [...found].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, max).map(([w]) => w);
}

function note(found: Map<string, number>, word: string, distance: number): void {
  if (distance < (found.get(word) ?? Infinity)) found.set(word, distance);
}
