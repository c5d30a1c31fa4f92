// The plain peer the bot is measured against: `wink-bm25-text-search` over exactly the passages the
// bot indexed (their text), lower-cased, tokenised, stop words out, Porter stems (`wink-nlp-utils`).
import bm25 from 'wink-bm25-text-search';
import nlp from 'wink-nlp-utils';
import type { Passage } from '../../src/corpus/types.ts';

export interface Peer {
  /** Passage positions, best first. */
  search(question: string, limit: number): number[];
}

const PREP = [nlp.string.lowerCase, nlp.string.tokenize0, nlp.tokens.removeWords, nlp.tokens.stem];

export function bm25Peer(passages: readonly Passage[]): Peer {
  const engine = bm25();
  engine.defineConfig({ fldWeights: { text: 1 } });
  engine.definePrepTasks(PREP);
  passages.forEach((p, id) => engine.addDoc({ text: p.text }, id));
  // The library refuses to consolidate fewer than 3 documents.
  for (let pad = passages.length; pad < 3; pad++) engine.addDoc({ text: 'padding' }, -1 - pad);
  engine.consolidate();
  return {
    search: (question, limit) => engine.search(question, limit).map(([id]) => Number(id)).filter((id) => id >= 0),
  };
}
