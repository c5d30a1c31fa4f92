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
import type { Candidate, CandidateSet, Reached } from './source.ts';
import type { SearchHit } from './types.ts';
import type { SearchEngineOptions } from './options.ts';
import { phrasesFirst } from './phrase.ts';
import { fuseMeaning } from './semantic/hybrid.ts';

export class Reader {
  private readonly readings: Readings;
  /** The passages a source fetched for the read under way (`CandidateSet.passages`); read is synchronous. */
  private fetched: ReadonlyMap<number, Passage> | undefined;

  constructor(
    private readonly passages: readonly Passage[],
    private readonly options: RerankOptions & Pick<SearchEngineOptions, 'semantic' | 'goodMatch' | 'goodMatchWithSense'>,
  ) {
    this.readings = new Readings((id) => this.passageOf(id));
  }

  /** The best `limit` of the candidates, best first, each with its excerpt and matched terms. */
  read(found: CandidateSet, plan: QueryPlan, limit: number): SearchHit[] {
    this.fetched = found.passages;
    try {
      const candidateOf = new Map(found.candidates.map((c) => [this.passageOf(c.id), c]));
      const meaning = new Map([...candidateOf].flatMap(([p, c]) => (c.meaning === undefined ? [] : [[p, c.meaning] as const])));
      const bySense = found.candidates.some((c) => c.sense !== undefined);
      const yieldTo = bySense ? this.options.semantic.sentenceYield : 0;
      const fused = fuseMeaning(rerank(found, this.readings, plan, this.options), meaning, found.meaningWeight ?? this.options.semantic.weight, yieldTo);
      const ranked = phrasesFirst(this.titleLinesLast(fused, candidateOf), plan.phrases ?? []);
      return ranked.slice(0, limit).map((r) => this.toHit(r, found.reached, plan, candidateOf.get(r.passage)?.sense));
    } finally {
      this.fetched = undefined;
    }
  }

  private passageOf(id: number): Passage {
    return this.fetched?.get(id) ?? this.passages[id]!;
  }

  /**
   * A first line the loader kept as a passage as well as the title (a photo caption, a line in
   * sentence case) ranks after its article's text: its few words match a question about its
   * subject as well as the text that answers it.
   */
  private titleLinesLast<T extends { passage: Passage }>(ranked: T[], candidateOf: ReadonlyMap<Passage, Candidate>): T[] {
    // A passage fetched by a source (not in `passages`) that restates its title is taken for one.
    const last = (r: T) => isTitleLine(this.passages, r.passage, candidateOf.get(r.passage)?.id) || (this.fetched !== undefined && r.passage.text === r.passage.title);
    return ranked.some(last) ? [...ranked.filter((r) => !last(r)), ...ranked.filter(last)] : ranked;
  }

  /** `sense`: the sentence encoder's cosine with the question; close enough, a hit sharing few words is not weak. */
  private toHit(r: Ranked, reached: Reached, plan: QueryPlan, sense?: number): SearchHit {
    return {
      passage: r.passage,
      score: r.score,
      match: r.match,
      weak: this.isWeak(r.match, sense),
      excerpt: excerptOf(r, (term) => reached.has(term), this.options.excerpt.maxLength),
      matched: matchedTerms(r.tokens, reached, plan),
    };
  }

  /** Too little of the question, by words alone, or by words and the encoder's cosine added up (`goodMatchWithSense`). */
  private isWeak(match: number, sense: number | undefined): boolean {
    const { goodMatch, goodMatchWithSense, semantic } = this.options;
    if (sense === undefined) return match < goodMatch;
    return match / goodMatchWithSense + Math.max(0, sense) / semantic.sentenceGood < 1;
  }
}

/**
 * Is passage `i` its article's title, in an article with other passages (passages come in file
 * order)? Asked of the candidates only: a saved corpus decodes a passage's text when it is read,
 * and reading every text at start-up took most of a second at 1M passages.
 */
function isTitleLine(passages: readonly Passage[], p: Passage, i: number | undefined): boolean {
  if (i === undefined || passages[i] !== p) return false;
  const shared = passages[i - 1]?.source === p.source || passages[i + 1]?.source === p.source;
  return shared && p.text === p.title;
}
