// Builds the passage index's postings straight into their final typed arrays. Each passage is
// tokenized once; its (term, frequency) pairs go to growable arrays in passage order, and `finish`
// lays them out term by term with one counting pass and one scatter pass. Memory at its peak is
// about twice the finished postings (the pairs and the result), never a tree of Maps.
//
// It reproduces what MiniSearch computed when it was the builder (same terms, frequencies, field
// lengths as distinct terms, and the running average MiniSearch keeps), so scores are unchanged.
import type { Passage } from '../corpus/types.ts';
import { abbreviationsIn } from '../text/phrases.ts';
import { tokenize } from '../text/tokens.ts';

/** A field's postings and lengths, as the index keeps them. */
export interface BuiltField {
  /** offsets[t]..offsets[t+1] is term t's slice of docs/tfs. */
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  lengths: Uint16Array;
  average: number;
}

export interface BuiltIndex {
  documentCount: number;
  terms: string[];
  /** How each term was first written ('' when only ever derived, as an abbreviation). */
  surface: string[];
  byTerm: Map<string, number>;
  fields: BuiltField[];
}

const MAX_U16 = 65535;

/** A Uint32Array or Uint16Array that doubles as it fills. */
class Growable<T extends Uint32Array | Uint16Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

const u32 = (n: number) => new Uint32Array(n);
const u16 = (n: number) => new Uint16Array(n);

/** One field's pairs in passage order, until `finish`. */
class FieldPairs {
  readonly terms = new Growable(u32(0), u32);
  readonly tfs = new Growable(u16(0), u16);
  /** Where each passage's pairs end. */
  readonly ends = new Growable(u32(0), u32);
  readonly lengths = new Growable(u16(0), u16);
  average = 0;
}

/**
 * A text's index terms, in order: each word's term, then the abbreviations its words spell. Every
 * index of passages (in-process, PostgreSQL) counts these, so scores agree. `seen` hears each word's
 * term with the text as written.
 */
export function indexTerms(text: string, seen?: (term: string, written: string) => void): string[] {
  const terms: string[] = [];
  for (const t of tokenize(text)) {
    if (!t.term) continue;
    terms.push(t.term);
    seen?.(t.term, t.text);
  }
  for (const a of abbreviationsIn(terms)) terms.push(a.abbreviation);
  return terms;
}

export class IndexBuilder {
  private readonly byTerm = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly surface: (string | undefined)[] = [];
  private readonly fields: FieldPairs[];
  private count = 0;
  /** Reused per field of each passage: term id → frequency. */
  private readonly local = new Map<number, number>();

  constructor(private readonly fieldCount: number) {
    this.fields = Array.from({ length: fieldCount }, () => new FieldPairs());
  }

  get documentCount(): number {
    return this.count;
  }

  /** Adds the next passage; its fields are text, heading, title (FIELDS order). */
  add(p: Passage): void {
    const values = [p.text, p.heading, p.title];
    const d = this.count++;
    for (let f = 0; f < this.fieldCount; f++) this.addField(this.fields[f]!, values[f] ?? null, d);
  }

  private addField(field: FieldPairs, value: string | null, d: number): void {
    const local = this.local;
    local.clear();
    if (value !== null) {
      for (const term of this.indexTerms(value)) {
        const id = this.idOf(term);
        local.set(id, (local.get(id) ?? 0) + 1);
      }
      // MiniSearch's running average: every earlier passage counts, with the field or without.
      field.average = (field.average * d + local.size) / (d + 1);
    }
    for (const [id, tf] of local) {
      field.terms.push(id);
      field.tfs.push(Math.min(tf, MAX_U16));
    }
    field.ends.push(field.terms.length);
    field.lengths.push(Math.min(local.size, MAX_U16));
  }

  /** Every index term of a text: its words' terms plus abbreviations of spelled-out phrases. */
  private indexTerms(text: string): string[] {
    return indexTerms(text, (term, written) => {
      const id = this.idOf(term);
      if (this.surface[id] === undefined) this.surface[id] = written.toLowerCase();
    });
  }

  private idOf(term: string): number {
    let id = this.byTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.byTerm.set(term, id);
      this.terms.push(term);
      this.surface.push(undefined);
    }
    return id;
  }

  /** The postings, term by term, each term's passages in ascending order. The builder is spent after. */
  finish(): BuiltIndex {
    const termCount = this.terms.length;
    const fields = this.fields.map((f) => layOut(f, termCount, this.count));
    const surface = this.surface.map((s) => s ?? '');
    return { documentCount: this.count, terms: this.terms, surface, byTerm: this.byTerm, fields };
  }
}

function layOut(pairs: FieldPairs, termCount: number, count: number): BuiltField {
  const terms = pairs.terms.data.subarray(0, pairs.terms.length);
  const tfsIn = pairs.tfs.data;
  const offsets = new Uint32Array(termCount + 1);
  for (let i = 0; i < terms.length; i++) offsets[terms[i]! + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
  const docs = new Uint32Array(terms.length);
  const tfs = new Uint16Array(terms.length);
  const cursor = offsets.slice(0, termCount);
  const ends = pairs.ends.data;
  let i = 0;
  for (let d = 0; d < count; d++) {
    for (const end = ends[d]!; i < end; i++) {
      const at = cursor[terms[i]!]!++;
      docs[at] = d;
      tfs[at] = tfsIn[i]!;
    }
  }
  const lengths = pairs.lengths.data.slice(0, count);
  return { offsets, docs, tfs, lengths, average: pairs.average || 1 };
}
