// The passage index: per field (text, heading, title) the postings as flat typed arrays (term →
// passages, term frequencies) that the engine's scorer walks directly and that save and load as raw
// bytes. Built straight into those arrays by `index-builder.ts`; MiniSearch is kept only for its
// fuzzy-lookup tree (`SearchableMap`), built at the first misspelt question.
import SearchableMap from 'minisearch/SearchableMap';
import type { Passage } from '../corpus/types.ts';
import { jsonSection, packSections, readJson, readText, sectionParts, textSection, unpackSections, viewUint16, viewUint32, type Section } from '../cache/sections.ts';
import { IndexBuilder, type BuiltField } from './index-builder.ts';

export const FIELDS = ['text', 'heading', 'title'] as const;
export type Field = (typeof FIELDS)[number];

/** One field's postings of one term: passage indexes and term frequencies, same length. */
export interface FieldPostings {
  docs: Uint32Array;
  tfs: Uint16Array;
}

type FieldData = BuiltField;

/** What an index is made of: its terms (in id order), how each was first written, ids in term order, and per field its postings. */
export interface IndexParts {
  documentCount: number;
  terms: string[];
  surface: string[];
  sorted: Uint32Array;
  fields: BuiltField[];
  byTerm: Map<string, number>;
}

const FORMAT = 'coverage-bot/passage-index@2';
const FIELD_ARRAYS = 4;

export class PassageIndex {
  private readonly byTerm: Map<string, number>;
  /** For fuzzy lookups, built at the first one: few questions need it, and it takes a while. */
  private fuzzyMap: SearchableMap<number> | undefined;

  private constructor(
    readonly documentCount: number,
    private readonly terms: string[],
    /** How each term was first written, for suggestions (`extradit` → `extradition`). */
    private readonly surface: string[],
    /** Term ids in the terms' sorted order, for prefix lookups by binary search. */
    private readonly sorted: Uint32Array,
    private readonly fields: FieldData[],
    byTerm?: Map<string, number>,
  ) {
    this.byTerm = byTerm ?? new Map(terms.map((t, i) => [t, i]));
  }

  static build(passages: readonly Passage[], onProgress?: (done: number) => void): PassageIndex {
    const builder = new IndexBuilder(FIELDS.length);
    for (let i = 0; i < passages.length; i++) {
      builder.add(passages[i]!);
      if (onProgress && (i & 1023) === 1023) onProgress(i + 1);
    }
    const { documentCount, terms, surface, byTerm, fields } = builder.finish();
    const sorted = Uint32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    return new PassageIndex(documentCount, terms, surface, sorted, fields, byTerm);
  }

  /** An index from its arrays (`segments.ts` merges a change into them). */
  static fromParts({ documentCount, terms, surface, sorted, fields, byTerm }: IndexParts): PassageIndex {
    return new PassageIndex(documentCount, terms, surface, sorted, fields, byTerm);
  }

  /** The arrays themselves, read-only by contract: an index is never changed once built. */
  parts(): IndexParts {
    return { documentCount: this.documentCount, terms: this.terms, surface: this.surface, sorted: this.sorted, fields: this.fields, byTerm: this.byTerm };
  }

  /**
   * The vocabulary alone, without postings: each term, how it was first written and in how many
   * passages each field holds it (`frequencies[field][term]`). What planning a question and
   * suggesting terms read, for a backend that keeps the postings elsewhere (PostgreSQL).
   */
  static vocabulary(documentCount: number, terms: string[], surface: string[], frequencies: readonly Uint32Array[]): PassageIndex {
    const fields = frequencies.map((df) => {
      const offsets = new Uint32Array(terms.length + 1);
      for (let t = 0; t < terms.length; t++) offsets[t + 1] = offsets[t]! + df[t]!;
      return { offsets, docs: new Uint32Array(0), tfs: new Uint16Array(0), lengths: new Uint16Array(0), average: 1 };
    });
    const sorted = Uint32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    return new PassageIndex(documentCount, terms, surface, sorted, fields);
  }

  /** Loads what `serialize` wrote; throws on another format or a damaged file. */
  static restore(saved: Uint8Array): PassageIndex {
    let sections: Buffer[];
    try {
      sections = unpackSections(saved, 4 + FIELDS.length * FIELD_ARRAYS);
    } catch (err) {
      throw new Error(`search: the saved index is damaged or of another version (${(err as Error).message}); rebuild it`);
    }
    const [headBytes, termBytes, surfaceBytes, sortedBytes, ...fieldBytes] = sections as [Buffer, Buffer, Buffer, Buffer, ...Buffer[]];
    const head = readJson<Head>(headBytes);
    if (head.format !== FORMAT) throw new Error('search: the saved index was made by another version; rebuild it');
    const fields = FIELDS.map((_, f) => {
      const [offsets, docs, tfs, lengths] = fieldBytes.slice(f * FIELD_ARRAYS, (f + 1) * FIELD_ARRAYS) as [Buffer, Buffer, Buffer, Buffer];
      return { offsets: viewUint32(offsets), docs: viewUint32(docs), tfs: viewUint16(tfs), lengths: viewUint16(lengths), average: head.averages[f]! };
    });
    const terms = readText(termBytes).split('\n');
    const sorted = viewUint32(sortedBytes);
    if (sorted.length !== terms.length || fields.some((f) => f.offsets.length !== terms.length + 1)) throw new Error('search: the saved index is damaged; rebuild it');
    return new PassageIndex(head.documentCount, terms, readText(surfaceBytes).split('\n'), sorted, fields);
  }

  serialize(): Uint8Array {
    return packSections(this.sections());
  }

  /** `serialize()` in pieces, to be written one after the other without joining them. */
  serializeParts(): Uint8Array[] {
    return sectionParts(this.sections());
  }

  private sections(): Section[] {
    const head: Head = { format: FORMAT, documentCount: this.documentCount, averages: this.fields.map((f) => f.average) };
    const arrays = this.fields.flatMap((f) => [f.offsets, f.docs, f.tfs, f.lengths]);
    return [jsonSection(head), textSection(this.terms.join('\n')), textSection(this.surface.join('\n')), this.sorted, ...arrays];
  }

  termId(term: string): number | undefined {
    const id = this.byTerm.get(term);
    // The map may be shared with the index a change made from this one, which adds its new terms after ours.
    return id !== undefined && id < this.terms.length ? id : undefined;
  }

  surfaceOf(id: number): string {
    return this.surface[id] || this.terms[id]!;
  }

  postings(termId: number, field: number): FieldPostings {
    const f = this.fields[field]!;
    const from = f.offsets[termId]!;
    const to = f.offsets[termId + 1]!;
    return { docs: f.docs.subarray(from, to), tfs: f.tfs.subarray(from, to) };
  }

  /** How many passages hold `term` in their text. */
  documentFrequency(term: string): number {
    const id = this.termId(term);
    return id === undefined ? 0 : this.fieldFrequency(id, 0);
  }

  fieldFrequency(termId: number, field: number): number {
    const f = this.fields[field]!;
    return f.offsets[termId + 1]! - f.offsets[termId]!;
  }

  /** Index terms starting with `prefix` (in sorted order), as ids. */
  *withPrefix(prefix: string): Iterable<[string, number]> {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[this.sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length; i++) {
      const id = this.sorted[i]!;
      const term = this.terms[id]!;
      if (!term.startsWith(prefix)) return;
      yield [term, id];
    }
  }

  /** Index terms within `distance` edits of `term`: [term, id, distance]. */
  near(term: string, distance: number): [string, number, number][] {
    this.fuzzyMap ??= SearchableMap.from(this.byTerm.size === this.terms.length ? this.byTerm : new Map([...this.byTerm].filter(([, id]) => id < this.terms.length)));
    return [...this.fuzzyMap.fuzzyGet(term, distance)].map(([t, [id, d]]) => [t, id, d]);
  }

  /** Per passage, k·(1 − b + b·length/average) for BM25, one array per field. */
  lengthNorms(k: number, b: number): Float32Array[] {
    return this.fields.map((f) => {
      const norms = new Float32Array(f.lengths.length);
      for (let d = 0; d < norms.length; d++) norms[d] = k * (1 - b + (b * f.lengths[d]!) / (f.average || 1));
      return norms;
    });
  }
}

interface Head {
  format: string;
  documentCount: number;
  /** Average length of each field, in FIELDS order. */
  averages: number[];
}
