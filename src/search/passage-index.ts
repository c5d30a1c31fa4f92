// The MiniSearch index of passages (one document per passage: text, heading, title), opened up for
// the engine's own scorer. MiniSearch's `search` builds and sorts a result object for every matching
// document, which at 100k passages costs hundreds of milliseconds; the engine instead reads the
// postings directly and keeps only the best few (see rank/first-pass.ts).
import MiniSearch from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import { indexTerms } from './text/abbreviations.ts';

/** Field id → (internal document id → term frequency), as MiniSearch keeps it. */
export type Postings = Map<number, Map<number, number>>;

export const FIELDS = ['text', 'heading', 'title'] as const;
export type Field = (typeof FIELDS)[number];

interface IndexedPassage {
  id: number;
  text: string;
  heading: string | null;
  title: string;
}

const MS_OPTIONS = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string) => indexTerms(text),
  processTerm: (term: string) => term,
};

export class PassageIndex extends MiniSearch<IndexedPassage> {
  static build(passages: readonly Passage[]): PassageIndex {
    const index = new PassageIndex(MS_OPTIONS);
    index.addAll(passages.map((p, id) => ({ id, text: p.text, heading: p.heading, title: p.title })));
    return index;
  }

  /** Loads `JSON.stringify(index)`. MiniSearch.loadJSON always makes a plain MiniSearch; this class adds only methods. */
  static restore(json: string): PassageIndex {
    return Object.setPrototypeOf(MiniSearch.loadJSON(json, MS_OPTIONS), PassageIndex.prototype) as PassageIndex;
  }

  fieldId(field: Field): number {
    return this._fieldIds[field]!;
  }

  postings(term: string): Postings | undefined {
    return this._index.get(term);
  }

  /** Index terms starting with `prefix` (the prefix itself included when indexed). */
  *withPrefix(prefix: string): Iterable<[string, Postings]> {
    yield* this._index.atPrefix(prefix);
  }

  /** Index terms within `distance` edits of `term`, with their distance. */
  *near(term: string, distance: number): Iterable<[string, Postings, number]> {
    for (const [t, [data, d]] of this._index.fuzzyGet(term, distance)) yield [t, data, d];
  }

  /** How many passages hold `term` in their text. */
  documentFrequency(term: string): number {
    return this.postings(term)?.get(this.fieldId('text'))?.size ?? 0;
  }

  fieldLengths(docId: number): number[] {
    return this._fieldLength.get(docId) ?? [];
  }

  averageFieldLength(fieldId: number): number {
    return this._avgFieldLength[fieldId] ?? 1;
  }

  /** Upper bound of internal document ids (they run from 0). */
  get idLimit(): number {
    return this._nextId;
  }

  /** Position in `corpus.passages` of an internal document id. */
  passageOf(docId: number): number {
    return this._documentIds.get(docId) as number;
  }
}
