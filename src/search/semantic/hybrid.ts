// Hybrid retrieval behind the search seam: a candidate source that asks the lexical source (BM25)
// and, once passage vectors are attached, adds the passages closest in meaning (`nearest`) and
// every candidate's cosine with the question. The reader then orders the candidates by
// z(re-ranked score) + weight · z(cosine) (`fuseMeaning`), so neither scale has to match the other.
// Until vectors are attached (they are built in the background), it is the lexical source itself.
// A replica serving from PostgreSQL attaches the vectors `npm run index` stored (`store/vectors-read.ts`,
// `store/senses-read.ts`): their full vectors and the passages found by meaning are fetched per question.
// The sentence encoder embeds the question in its thread while BM25 runs; an answer waits for it at
// most `sentenceWaitMs` after BM25 is done, then goes on with words and word vectors only.
import type { Passage } from '../../corpus/types.ts';
import type { SearchEngineOptions } from '../options.ts';
import { focusOf } from '../query/focus.ts';
import type { QueryPlan } from '../query/plan.ts';
import type { CandidateSet, CandidateSource } from '../source.ts';
import type { VectorHit } from './vector-index.ts';

/**
 * Passage vectors as the hybrid source asks them: in memory (`VectorIndex`) or partly in a store
 * (`store/vectors-read.ts`: the short projections in memory, full vectors fetched), hence the promises.
 */
export interface MeaningVectors {
  /** Passages with a vector (must be the source's passage count to be attached). */
  readonly count: number;
  embed(text: string): Float32Array | null;
  nearest(q: Float32Array, k: number): VectorHit[] | Promise<VectorHit[]>;
  cosines(q: Float32Array, ids: readonly number[]): number[] | Promise<number[]>;
}

/** The sentence encoder's passage vectors as the hybrid source asks them (`SentenceIndex`, or a store's: `store/senses-read.ts`). */
export interface MeaningSentences {
  readonly count: number;
  /** How long an answer waits for the question's vector, when the owner says. */
  waitMs?: number;
  embed(text: string): Promise<Float32Array | null>;
  cosine(q: Float32Array, id: number): number;
  nearest(q: Float32Array, k: number): VectorHit[];
}

/** Passages by candidate id, for a lexical source whose passages are not in memory (PostgreSQL). */
export type FetchPassages = (ids: readonly number[]) => Promise<ReadonlyMap<number, Passage>>;

export class HybridSource implements CandidateSource {
  readonly name: string;
  private vectors: MeaningVectors | undefined;
  private sentences: MeaningSentences | undefined;

  constructor(
    private readonly lexical: CandidateSource,
    private readonly passageCount: number,
    private readonly options: SearchEngineOptions['semantic'],
    /** With a lexical source that hands its candidates' passages along: fetches those of the passages found by meaning. */
    private readonly fetchPassages?: FetchPassages,
  ) {
    this.name = `${lexical.name}+vectors`;
  }

  /** Uses these vectors from now on; vectors made for another corpus are ignored. */
  attach(vectors: MeaningVectors): void {
    if (vectors.count === this.passageCount) this.vectors = vectors;
  }

  /** Uses the sentence encoder's passage vectors from now on (ignored if made for another corpus). */
  attachSentences(sentences: MeaningSentences): void {
    if (sentences.count === this.passageCount) this.sentences = sentences;
  }

  async candidates(plan: QueryPlan, k: number): Promise<CandidateSet> {
    const { vectors, sentences } = this;
    // Caught at once: a failure must not become an unhandled rejection while BM25 runs.
    const asked = sentences && plan.question && this.options.sentenceShare > 0 ? embedQuestion(sentences, plan.question).catch(() => null) : null;
    const q = vectors && plan.question ? vectors.embed(plan.question) : null;
    // The nearest passages are looked for while BM25 runs (a store fetches their vectors meanwhile).
    const near = q && vectors && this.options.candidates > 0 ? vectors.nearest(q, this.options.candidates) : [];
    const [found, nearest] = await Promise.all([this.lexical.candidates(plan, k), near]);
    const s = asked ? await within(asked, sentences?.waitMs ?? this.options.sentenceWaitMs) : null;
    if (!q && !s) return found;
    const ids = new Set(found.candidates.map((c) => c.id));
    for (const h of nearest) ids.add(h.id);
    if (s && sentences && this.options.sentenceCandidates > 0) for (const h of sentences.nearest(s, this.options.sentenceCandidates)) ids.add(h.id);
    const lexical = new Map(found.candidates.map((c) => [c.id, c]));
    const all = [...ids];
    const [cosinesOfWords, passages] = await Promise.all([q && vectors ? vectors.cosines(q, all) : null, this.passagesOf(found, all)]);
    const words = cosinesOfWords ? standardise(cosinesOfWords) : null;
    const cosines = s && sentences ? all.map((id) => sentences.cosine(s, id)) : null;
    const sense = cosines ? standardise(cosines) : null;
    const share = !words ? 1 : !sense ? 0 : this.options.sentenceShare;
    const candidates = all.map((id, i) => ({
      ...(lexical.get(id) ?? { id, score: 0, coverage: 0 }),
      meaning: (1 - share) * (words?.[i] ?? 0) + share * (sense?.[i] ?? 0),
      ...(cosines ? { sense: cosines[i]! } : {}),
    }));
    return { ...found, candidates, meaningWeight: sense ? this.options.sentenceWeight : this.options.weight, ...(passages && { passages }) };
  }

  /** The lexical source's passages and, fetched, those of the candidates it did not propose (when its passages are not in memory). */
  private async passagesOf(found: CandidateSet, ids: readonly number[]): Promise<ReadonlyMap<number, Passage> | undefined> {
    const known = found.passages;
    if (!known || !this.fetchPassages) return known;
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length === 0) return known;
    return new Map([...known, ...(await this.fetchPassages(missing))]);
  }
}

/**
 * The question's sentence vector: of the whole, plus (summed, as one unit vector) of its question
 * proper when it is told after some context (`focusOf`): rtqa hit@1 with the encoder 54.0 → 54.4 (peer 46.1).
 */
async function embedQuestion(sentences: MeaningSentences, question: string): Promise<Float32Array | null> {
  const focus = focusOf(question);
  const [whole, proper] = await Promise.all([sentences.embed(question), focus ? sentences.embed(focus) : null]);
  if (!whole || !proper) return whole;
  const sum = whole.map((v, i) => v + proper[i]!);
  const norm = Math.hypot(...sum) || 1;
  return sum.map((v) => v / norm);
}

/** What `promise` gives within `ms` from now, else null (the answer goes on without it). */
async function within<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Re-orders re-ranked passages by z(score) + w · z(meaning), when the candidates carry meaning.
 * w is `weight` × (1 − `yieldTo` × the lexical leader's `match`): the more of the question's words
 * the best passage by words holds, the less meaning moves it (`semantic.sentenceYield`).
 */
export function fuseMeaning<T extends { passage: Passage; score: number; match: number }>(ranked: T[], meaningOf: Map<Passage, number>, weight: number, yieldTo = 0): T[] {
  if (ranked.length < 2 || weight === 0 || meaningOf.size === 0) return ranked;
  const leader = ranked.reduce((best, r) => (r.score > best.score ? r : best));
  const w = weight * (1 - yieldTo * leader.match);
  const zScore = standardise(ranked.map((r) => r.score));
  const zMeaning = standardise(ranked.map((r) => meaningOf.get(r.passage) ?? 0));
  return ranked
    .map((r, i) => ({ r, fused: zScore[i]! + w * zMeaning[i]! }))
    .sort((a, b) => b.fused - a.fused)
    .map((x) => x.r);
}

function standardise(values: readonly number[]): number[] {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return values.map((v) => (sd === 0 ? 0 : (v - mean) / sd));
}
