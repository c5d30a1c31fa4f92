// Full-text search over passages. (Placeholder: plain MiniSearch; the ranking comes later.)
import MiniSearch from 'minisearch';
import type { Corpus, Passage } from '../corpus/types.ts';
import type { SearchEngine, SearchHit, SearchOptions } from './types.ts';

const MS_OPTIONS = { fields: ['text', 'heading', 'title'], storeFields: [] };

export function createSearchEngine(corpus: Corpus): SearchEngine {
  const ms = new MiniSearch<Passage & { id: number }>(MS_OPTIONS);
  ms.addAll(corpus.passages.map((p, id) => ({ ...p, id })));
  return wrap(corpus, ms);
}

/** Loads an engine saved with `serialize()` for the same corpus, without re-indexing. */
export function restoreSearchEngine(corpus: Corpus, saved: string): SearchEngine {
  return wrap(corpus, MiniSearch.loadJSON(saved, MS_OPTIONS));
}

function wrap(corpus: Corpus, ms: MiniSearch): SearchEngine {
  return {
    serialize: () => JSON.stringify(ms),
    search(query: string, options: SearchOptions = {}): SearchHit[] {
      return ms
        .search(query, { fuzzy: 0.2, prefix: true, boost: { text: 2 } })
        .slice(0, options.limit ?? 3)
        .map((r) => ({
          passage: corpus.passages[r.id as number]!,
          score: r.score,
          excerpt: [{ text: corpus.passages[r.id as number]!.text }],
          matched: r.terms.map((term) => ({ term })),
        }));
    },
    suggest(query: string, max = 5): string[] {
      return ms.autoSuggest(query, { fuzzy: 0.3 }).slice(0, max).map((s) => s.suggestion);
    },
  };
}
