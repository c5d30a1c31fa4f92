// The search engine: a MiniSearch index of passages, queried through an analysed plan (the user's
// words and their expansions), ranked in two passes (BM25, then sentence by sentence), returning
// verbatim excerpts and an explanation of what matched.
import type { Corpus } from '../corpus/types.ts';
import { excerptOf } from './excerpt.ts';
import { matchedTerms } from './explain.ts';
import { resolveOptions, type SearchEngineOptions, type SearchEngineOptionsInput } from './options.ts';
import { PassageIndex } from './passage-index.ts';
import { parseQuery } from './query/parse.ts';
import { expandWithWordNet } from './query/expand-wordnet.ts';
import { expandWithTables } from './query/expand-tables.ts';
import { expandWithCooccurrence } from './query/expand-cooccurrence.ts';
import { Cooccurrence } from './query/cooccurrence.ts';
import { scoreGroups, selectCandidates, type Candidate, type Reached } from './rank/first-pass.ts';
import { addFeedback } from './query/feedback.ts';
import { rerank, type Ranked } from './rank/rerank.ts';
import { Scratch } from './rank/scratch.ts';
import { Readings } from './rank/readings.ts';
import type { QueryPlan } from './query/plan.ts';
import { suggestTerms } from './suggest.ts';
import type { SearchEngine, SearchHit, SearchOptions } from './types.ts';

export type { SearchEngineOptions, SearchEngineOptionsInput } from './options.ts';
export { DEFAULT_SEARCH_OPTIONS } from './options.ts';

export function createSearchEngine(corpus: Corpus, options?: SearchEngineOptionsInput): SearchEngine {
  return wrap(corpus, PassageIndex.build(corpus.passages), resolveOptions(options));
}

/** Loads an engine saved with `serialize()` for the same corpus, without re-indexing. */
export function restoreSearchEngine(corpus: Corpus, saved: Uint8Array, options?: SearchEngineOptionsInput): SearchEngine {
  const index = PassageIndex.restore(saved);
  if (index.documentCount !== corpus.passages.length) {
    throw new Error(`search: the saved index holds ${index.documentCount} passages, the corpus ${corpus.passages.length}`);
  }
  return wrap(corpus, index, resolveOptions(options));
}

/** What one engine keeps between searches. */
interface Engine {
  corpus: Corpus;
  index: PassageIndex;
  options: SearchEngineOptions;
  scratch: Scratch;
  norms: Float32Array[];
  associations: Cooccurrence;
  readings: Readings;
}

function wrap(corpus: Corpus, index: PassageIndex, options: SearchEngineOptions): SearchEngine {
  const engine: Engine = {
    corpus,
    index,
    options,
    scratch: new Scratch(),
    norms: index.lengthNorms(options.bm25.k, options.bm25.b),
    associations: new Cooccurrence(index),
    readings: new Readings(corpus.passages),
  };
  return {
    serialize: () => index.serialize(),
    search: (query: string, { limit = options.limit }: SearchOptions = {}) => search(engine, query, limit),
    suggest: (query: string, max = 5) => suggestTerms(index, query, max),
  };
}

function search(engine: Engine, query: string, limit: number): SearchHit[] {
  const plan = understand(engine, query);
  if (plan.groups.length === 0) return [];
  const reached: Reached = new Map();
  const candidates = retrieve(engine, plan, reached);
  const ranked = rerank(candidates, engine.readings, engine.index, plan, reached, engine.options);
  return ranked.slice(0, limit).map((r) => toHit(r, reached, plan, engine.options));
}

/** The question's words, then what they stand for: table names, WordNet relations, corpus associations. */
function understand({ index, options, associations }: Engine, query: string): QueryPlan {
  const plan = parseQuery(query, options.expansion.abbreviation);
  if (plan.groups.length === 0) return plan;
  expandWithTables(plan, query, index, options.expansion);
  expandWithWordNet(plan, query, index, options.expansion);
  expandWithCooccurrence(plan, associations, options.expansion);
  return plan;
}

/** First pass over the postings, then (when enabled) feedback terms from its best passages. */
function retrieve({ corpus, index, options, scratch, norms }: Engine, plan: QueryPlan, reached: Reached): Candidate[] {
  scratch.reset(index.documentCount);
  scoreGroups(index, norms, plan, 0, options, scratch, reached);
  const first = selectCandidates(plan, options, scratch);
  const asked = plan.groups.length;
  addFeedback(plan, first, corpus.passages, index, reached, options.expansion.feedback);
  if (plan.groups.length === asked) return first;
  scoreGroups(index, norms, plan, asked, options, scratch, reached);
  return selectCandidates(plan, options, scratch);
}

function toHit(r: Ranked, reached: Reached, plan: QueryPlan, options: SearchEngineOptions): SearchHit {
  return {
    passage: r.passage,
    score: r.score,
    excerpt: excerptOf(r, (term) => reached.has(term), options.excerpt.maxLength),
    matched: matchedTerms(r.tokens, reached, plan),
  };
}
