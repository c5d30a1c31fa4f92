// The reader: the second half of a search, after the candidate sources. It reads each candidate
// passage from its text (words, sentences), re-ranks them sentence by sentence, cuts the excerpt
// and explains what matched. It needs no index: only the passages, the plan, and the terms (with
// their rarity) that the sources reached, so any source can feed it.
import type { Passage } from '../corpus/types.ts';
import { excerptOf } from './excerpt.ts';
import { matchedTerms } from './explain.ts';
import type { QueryPlan } from './query/plan.ts';
import { Readings } from './rank/readings.ts';
import { rerank, type Ranked, type RerankOptions } from './rank/rerank.ts';
import type { CandidateSet, Reached } from './source.ts';
import type { SearchHit } from './types.ts';
import type { SearchEngineOptions } from './options.ts';
import { phrasesFirst } from './phrase.ts';
import { fuseMeaning } from './semantic/hybrid.ts';

export class Reader {
  private readonly readings: Readings;

  constructor(
    private readonly passages: readonly Passage[],
    private readonly options: RerankOptions & Pick<SearchEngineOptions, 'semantic'>,
  ) {
    this.readings = new Readings(passages);
  }

  /** The best `limit` of the candidates, best first, each with its excerpt and matched terms. */
  read(found: CandidateSet, plan: QueryPlan, limit: number): SearchHit[] {
    const meaning = new Map(found.candidates.flatMap((c) => (c.meaning === undefined ? [] : [[this.passages[c.id]!, c.meaning] as const])));
    const fused = fuseMeaning(rerank(found, this.readings, plan, this.options), meaning, this.options.semantic.weight);
    const ranked = phrasesFirst(fused, plan.phrases ?? []);
    return ranked.slice(0, limit).map((r) => this.toHit(r, found.reached, plan));
  }

  private toHit(r: Ranked, reached: Reached, plan: QueryPlan): SearchHit {
    return {
      passage: r.passage,
      score: r.score,
      excerpt: excerptOf(r, (term) => reached.has(term), this.options.excerpt.maxLength),
      matched: matchedTerms(r.tokens, reached, plan),
    };
  }
}
