// The comparison points: raw MiniSearch with default options and raw FlexSearch, on the same passages.
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Passage } from '../src/corpus/types.ts';
import { timed } from './stats.ts';

export interface Baseline {
  name: string;
  build_ms: number;
  search(query: string): unknown;
}

/** MiniSearch as a newcomer would use it: one text field, `search(q)` with no options. */
export function rawMiniSearch(passages: readonly Passage[]): Baseline {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  const { ms: buildMs } = timed(() => ms.addAll(passages.map((p, id) => ({ id, text: p.text }))));
  return { name: 'minisearch_raw', build_ms: buildMs, search: (q) => ms.search(q) };
}

/**
 * FlexSearch's `Index` with default options, top 10. By default a query matches only passages
 * holding all its words; `suggest` relaxes that to any word, as /ask does, and is shown beside it.
 */
export function rawFlexSearch(passages: readonly Passage[]): [Baseline, Baseline] {
  const index = new FlexSearch.Index();
  const { ms: buildMs } = timed(() => passages.forEach((p, id) => index.add(id, p.text)));
  return [
    { name: 'flexsearch_raw', build_ms: buildMs, search: (q) => index.search(q, { limit: 10 }) },
    { name: 'flexsearch_raw_suggest', build_ms: buildMs, search: (q) => index.search(q, { limit: 10, suggest: true }) },
  ];
}
