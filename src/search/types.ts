// What the search module offers the commands: ranked passages with their excerpts.
import type { Passage } from '../corpus/types.ts';
import type { MatchedTerm, Span } from '../text/spans.ts';
import type { SentenceIndex } from './semantic/sentence-index.ts';
import type { VectorIndex } from './semantic/vector-index.ts';

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Share (0–1) of the question's word weight this passage holds: 1 when every word (or a close stand-in) is in it. */
  match: number;
  /** The passage shares too little with the question to be an answer: `match` under `goodMatch` or, with the sentence encoder's cosine, the two added up under `goodMatchWithSense` (`search/options.ts`). */
  weak: boolean;
  /** The one or two sentences that best answer, verbatim, `…` where trimmed; matched words emphasised. */
  excerpt: Span[];
  /** The query terms (and expansions) found in this passage. */
  matched: MatchedTerm[];
}

export interface SearchOptions {
  /** How many hits at most. Default 3. */
  limit?: number;
}

/** What the core and commands see of search; backends plug in behind it (`source.ts`). */
export interface SearchEngine {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Index terms close to the query's words, for "nothing found" replies. */
  suggest(query: string, max?: number): Promise<string[]>;
  /** Adds meaning to words: passage vectors built for this corpus (`semantic/`); ignored if made for another. */
  attachVectors?(vectors: VectorIndex): void;
  /** Adds the sentence encoder's passage vectors (`semantic/sentence-index.ts`); ignored if made for another corpus. */
  attachSentences?(sentences: SentenceIndex): void;
}
