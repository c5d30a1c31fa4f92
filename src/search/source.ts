// The search seam. A question goes through three parts, each replaceable on its own:
//
//   Lexicon          plans the question against a vocabulary (`understand`) and proposes close
//                    terms when nothing matches (`suggest`);
//   CandidateSource  finds the passages worth reading for a plan (`candidates(plan, k)`): passage
//                    ids with scores, plus the index terms the plan reached and how rare each is;
//   Reader           (`reader.ts`) re-ranks those passages sentence by sentence, cuts the excerpt and
//                    says what matched, from the passages' text alone.
//
// Today's in-process BM25 over flat postings (`in-process.ts`) is both the lexicon and the first
// source. Another backend (PostgreSQL, a vector index) implements `CandidateSource`; several are
// fused with `combineSources`. Saving and loading are a source's own business, not the seam's.
// Adding one:
//   const { local } = createSearchEngine(corpus);   // or restoreSearchEngine(corpus, saved)
//   const source = combineSources([{ source: local, weight: 1 }, { source: mine, weight: 0.5 }]);
//   const engine = searchEngineOver({ passages: corpus.passages, lexicon: local, source, options });
// `understand` is synchronous: planning looks up many terms, so a backend without the vocabulary
// in memory keeps the in-process lexicon (or loads its own term table at start).
import type { Passage } from '../corpus/types.ts';
import type { QueryPlan } from './query/plan.ts';

/** One passage proposed by a source. */
export interface Candidate {
  /** The passage's position in the corpus's `passages`. */
  id: number;
  /** Higher is better; the reader adds its sentence scores to it, so keep it on BM25's scale. */
  score: number;
  /** How many of the user's own words (groups) the passage matches, directly or through expansion. */
  coverage: number;
  /** Cosine with the question's vector, when a source knows meaning (`semantic/`): the reader fuses it in. */
  meaning?: number;
  /** The sentence encoder's own cosine with the question, when it was asked: an absolute measure of closeness. */
  sense?: number;
}

/** How the query reached one index term: its group in the plan, its weight, whether it is the user's own word. */
export interface ReachedTerm {
  group: number;
  weight: number;
  exact: boolean;
}

/** Index terms reached by the query. */
export type Reached = Map<string, ReachedTerm>;

/** What a source found for one plan. */
export interface CandidateSet {
  /** Best first, at most `k`. */
  candidates: Candidate[];
  /** The terms the plan reached in this source (a source that matches no terms returns an empty map). */
  reached: Reached;
  /**
   * Inverse document frequency of every reached term and of the plan's own words and subject:
   * the reader weighs the words it finds in a sentence by it.
   */
  rarity: ReadonlyMap<string, number>;
  /** Weight of the candidates' `meaning` beside their score, when the source that set it knows better than the options (`semantic/`). */
  meaningWeight?: number;
  /**
   * The candidates' passages, from a source whose passages are not in memory (PostgreSQL fetches
   * them with the candidates): the reader takes a passage from here first, else from `passages[id]`.
   */
  passages?: ReadonlyMap<number, Passage>;
}

export interface CandidateSource {
  /** Short name, for logs and benchmarks (`bm25`). */
  readonly name: string;
  /** The best `k` passages for the plan. The plan is not modified. */
  candidates(plan: QueryPlan, k: number): Promise<CandidateSet>;
}

/** Turns a question into a plan, against the terms some index holds. */
export interface Lexicon {
  understand(query: string): QueryPlan;
  /** Index terms close to the query's words, for "nothing found" replies. */
  suggest(query: string, max: number): Promise<string[]>;
}

/** A source and the weight of its scores in a fusion. */
export interface WeightedSource {
  source: CandidateSource;
  weight: number;
}

/**
 * One source made of several: every source is asked for `k` passages at once; a passage's score is
 * the weighted sum of its scores (0 where a source did not propose it), its coverage the largest;
 * reached terms keep their highest weight, and the first source that knows a term's rarity gives it.
 * The best `k` of the union are returned.
 */
export function combineSources(parts: readonly WeightedSource[]): CandidateSource {
  if (parts.length === 0) throw new Error('search: combineSources needs at least one source');
  return {
    name: parts.map((p) => p.source.name).join('+'),
    async candidates(plan, k) {
      const sets = await Promise.all(parts.map((p) => p.source.candidates(plan, k)));
      return fuse(sets, parts.map((p) => p.weight), k);
    },
  };
}

function fuse(sets: CandidateSet[], weights: number[], k: number): CandidateSet {
  const byId = new Map<number, Candidate>();
  const reached: Reached = new Map();
  const rarity = new Map<string, number>();
  const passages = new Map<number, Passage>();
  sets.forEach((set, i) => {
    for (const [id, p] of set.passages ?? []) passages.set(id, p);
    for (const c of set.candidates) {
      const known = byId.get(c.id) ?? { id: c.id, score: 0, coverage: 0 };
      byId.set(c.id, { id: c.id, score: known.score + weights[i]! * c.score, coverage: Math.max(known.coverage, c.coverage) });
    }
    for (const [term, r] of set.reached) {
      const known = reached.get(term);
      if (!known || known.weight < r.weight) reached.set(term, r);
    }
    for (const [term, value] of set.rarity) if (!rarity.has(term)) rarity.set(term, value);
  });
  const candidates = [...byId.values()].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, k);
  return { candidates, reached, rarity, ...(passages.size > 0 && { passages }) };
}
