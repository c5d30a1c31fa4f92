// Whether a search hit really addresses a topic: its passage reaches every word of the topic (directly
// or through the search's expansions), at least one of them as written. A long topic may miss one word.
import { fold } from '../text/fold.ts';
import { STOP_WORDS } from '../text/stopwords.ts';
import { termsOf, tokenize } from '../text/tokens.ts';
import type { SearchHit } from '../search/types.ts';

/** The topic's own words, folded, stop words left out (`troops in Mexico` → troops, mexico). */
export function topicWords(topic: string): string[] {
  const words = tokenize(topic)
    .filter((t) => t.term !== null)
    .map((t) => fold(t.text));
  return [...new Set(words.filter((w) => !STOP_WORDS.has(w)))];
}

/** The topic's index terms (stemmed), for finding it in a sentence. */
export const topicTerms = (topic: string): Set<string> => new Set(termsOf(topic));

/** How many topic words a passage may lack and still address the topic. */
const allowedMissing = (words: number): number => (words >= 4 ? 1 : 0);

export function addresses(hit: Pick<SearchHit, 'matched'>, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const reached = new Set(hit.matched.map((m) => fold(m.via ?? m.term)));
  const direct = hit.matched.some((m) => m.via === undefined && words.includes(fold(m.term)));
  const missing = words.filter((w) => !reached.has(w)).length;
  return direct && missing <= allowedMissing(words.length);
}
