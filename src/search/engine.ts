// The search engine: a question is planned by a lexicon, its candidate passages come from one
// candidate source (or several fused with `combineSources`), and the reader re-ranks them sentence
// by sentence into verbatim excerpts with an explanation of what matched (the seam: `source.ts`).
// `createSearchEngine` puts the in-process BM25 source in all roles but the reader's.
import type { Corpus, Passage } from '../corpus/types.ts';
import { InProcessSource } from './in-process.ts';
import { resolveOptions, type SearchEngineOptions, type SearchEngineOptionsInput } from './options.ts';
import { Reader } from './reader.ts';
import type { CandidateSource, Lexicon } from './source.ts';
import type { SearchEngine, SearchHit, SearchOptions } from './types.ts';
import { HybridSource } from './semantic/hybrid.ts';
import type { PassageMapping } from './segments.ts';

export type { SearchEngineOptions, SearchEngineOptionsInput } from './options.ts';
export { DEFAULT_SEARCH_OPTIONS } from './options.ts';
export { combineSources, type CandidateSource, type CandidateSet, type Candidate, type Lexicon, type WeightedSource } from './source.ts';
export { InProcessSource } from './in-process.ts';
export type { SearchEngine, SearchHit, SearchOptions } from './types.ts';

/** An engine over the in-process index, which it can save (`local.serialize()`). */
export interface LocalSearchEngine extends SearchEngine {
  readonly local: InProcessSource;
}

/** `onProgress(done)` as passages are indexed (every thousand or so). */
export function createSearchEngine(corpus: Corpus, options?: SearchEngineOptionsInput, onProgress?: (done: number) => void): LocalSearchEngine {
  const resolved = resolveOptions(options);
  return localEngine(corpus.passages, InProcessSource.build(corpus.passages, resolved, onProgress), resolved);
}

/** Loads an engine saved with `local.serialize()` for the same corpus, without re-indexing. */
export function restoreSearchEngine(corpus: Corpus, saved: Uint8Array, options?: SearchEngineOptionsInput): LocalSearchEngine {
  const resolved = resolveOptions(options);
  return localEngine(corpus.passages, InProcessSource.restore(corpus.passages, saved, resolved), resolved);
}

/**
 * The engine for a changed corpus, from the engine of the corpus before: only the passages that
 * differ are indexed (`segments.ts`); the result is the engine a build from scratch gives.
 */
export function updateSearchEngine(before: LocalSearchEngine, after: Corpus, mapping?: PassageMapping): LocalSearchEngine {
  const local = before.local.withChanges(after.passages, mapping);
  return localEngine(after.passages, local, local.options);
}

/** BM25 first; passage vectors join in once attached (`semantic/hybrid.ts`). */
function localEngine(passages: readonly Passage[], local: InProcessSource, options: SearchEngineOptions): LocalSearchEngine {
  const hybrid = new HybridSource(local, passages.length, options.semantic);
  return { ...searchEngineOver({ passages, lexicon: local, source: hybrid, options }), local, attachVectors: (v) => hybrid.attach(v), attachSentences: (s) => hybrid.attachSentences(s) };
}

export interface SearchParts {
  /** What candidate ids point into. */
  passages: readonly Passage[];
  lexicon: Lexicon;
  source: CandidateSource;
  options: SearchEngineOptions;
}

/** An engine from its parts: e.g. the in-process lexicon with `combineSources([bm25, vectors])`. */
export function searchEngineOver({ passages, lexicon, source, options }: SearchParts): SearchEngine {
  const reader = new Reader(passages, options);
  return {
    async search(query: string, { limit = options.limit }: SearchOptions = {}): Promise<SearchHit[]> {
      const plan = lexicon.understand(query);
      if (plan.groups.length === 0) return [];
      const found = await source.candidates(plan, options.candidates);
      return reader.read(found, plan, limit);
    },
    suggest: (query: string, max = 5) => lexicon.suggest(query, max),
  };
}
