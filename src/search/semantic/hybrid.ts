// Hybrid retrieval behind the search seam: a candidate source that asks the lexical source (BM25)
// and, once passage vectors are attached, adds the passages closest in meaning (`nearest`) and
// every candidate's cosine with the question. The reader then orders the candidates by
// z(re-ranked score) + weight · z(cosine) (`fuseMeaning`), so neither scale has to match the other.
// Until vectors are attached (they are built in the background), it is the lexical source itself.
import type { Passage } from '../../corpus/types.ts';
import type { SearchEngineOptions } from '../options.ts';
import type { QueryPlan } from '../query/plan.ts';
import type { CandidateSet, CandidateSource } from '../source.ts';
import type { VectorIndex } from './vector-index.ts';

export class HybridSource implements CandidateSource {
  readonly name: string;
  private vectors: VectorIndex | undefined;

  constructor(
    private readonly lexical: CandidateSource,
    private readonly passageCount: number,
    private readonly options: SearchEngineOptions['semantic'],
  ) {
    this.name = `${lexical.name}+vectors`;
  }

  /** Uses these vectors from now on; vectors made for another corpus are ignored. */
  attach(vectors: VectorIndex): void {
    if (vectors.count === this.passageCount) this.vectors = vectors;
  }

  async candidates(plan: QueryPlan, k: number): Promise<CandidateSet> {
    const found = await this.lexical.candidates(plan, k);
    const vectors = this.vectors;
    const q = vectors && plan.question ? vectors.embed(plan.question) : null;
    if (!vectors || !q) return found;
    const known = new Set(found.candidates.map((c) => c.id));
    const near = this.options.candidates > 0 ? vectors.nearest(q, this.options.candidates).filter((h) => !known.has(h.id)) : [];
    const candidates = found.candidates
      .map((c) => ({ ...c, meaning: vectors.cosine(q, c.id) }))
      .concat(near.map((h) => ({ id: h.id, score: 0, coverage: 0, meaning: h.cosine })));
    return { ...found, candidates };
  }
}

/** Re-orders re-ranked passages by z(score) + weight · z(meaning), when the candidates carry meaning. */
export function fuseMeaning<T extends { passage: Passage; score: number }>(ranked: T[], meaningOf: Map<Passage, number>, weight: number): T[] {
  if (ranked.length < 2 || weight === 0 || meaningOf.size === 0) return ranked;
  const zScore = standardise(ranked.map((r) => r.score));
  const zMeaning = standardise(ranked.map((r) => meaningOf.get(r.passage) ?? 0));
  return ranked
    .map((r, i) => ({ r, fused: zScore[i]! + weight * zMeaning[i]! }))
    .sort((a, b) => b.fused - a.fused)
    .map((x) => x.r);
}

function standardise(values: readonly number[]): number[] {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return values.map((v) => (sd === 0 ? 0 : (v - mean) / sd));
}
