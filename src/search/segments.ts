// Applies a change of files to the passage index without indexing the archive again: the passages
// of the files added or changed are indexed alone (a delta segment), the passages of files removed
// or changed are masked out of the main segment (tombstones), and the two are merged term by term
// into one index numbered in the new corpus's order. Only the delta is tokenized; the merge is a
// linear walk of the postings. Terms, frequencies, field lengths, MiniSearch's running averages,
// term spellings and passage order all come out as a build of the new corpus from scratch gives
// them, so answers are identical.
import type { Passage } from '../corpus/types.ts';
import { IndexBuilder, indexTerms, type BuiltField } from './index-builder.ts';
import { FIELDS, PassageIndex, type IndexParts } from './passage-index.ts';

/** Which new passages are old ones (same file, line, text, heading and title) and which were indexed anew. */
export interface PassageMapping {
  /** Per old passage, its new position, or -1 when it is gone. */
  newOf: Int32Array;
  /** The new positions of the passages indexed anew, ascending. */
  added: number[];
}

export function mapPassages(before: readonly Passage[], after: readonly Passage[]): PassageMapping {
  const newOf = new Int32Array(before.length).fill(-1);
  // Passages of unchanged files are the same objects, in the same order: matched in one walk.
  const unmatched: number[] = [];
  let j = 0;
  after.forEach((p, i) => {
    let k = j;
    while (k < before.length && k < j + 64 && before[k] !== p) k++;
    if (k < before.length && before[k] === p) [newOf[k], j] = [i, k + 1];
    else unmatched.push(i);
  });
  const added: number[] = [];
  if (unmatched.length === 0) return { newOf, added };
  // The rest (a file read again, its text shared anew): the same file, line and indexed text is the same passage.
  const at = new Map<string, number>();
  before.forEach((p, o) => newOf[o] === -1 && at.set(`${p.source}\0${p.line}`, o));
  for (const i of unmatched) {
    const p = after[i]!;
    const o = at.get(`${p.source}\0${p.line}`);
    const q = o === undefined ? undefined : before[o]!;
    if (o !== undefined && q && newOf[o] === -1 && q.text === p.text && q.heading === p.heading && q.title === p.title) newOf[o] = i;
    else added.push(i);
  }
  return { newOf, added };
}

/** The index of `after`, from the index of `before` and the passages that differ. */
export function applyChanges(main: PassageIndex, before: readonly Passage[], after: readonly Passage[], mapping = mapPassages(before, after)): PassageIndex {
  const old = main.parts();
  const { newOf, added } = mapping;
  const builder = new IndexBuilder(FIELDS.length);
  for (const i of added) builder.add(after[i]!);
  const delta = builder.finish();
  const addedIds = Uint32Array.from(added);
  const noneGone = newOf.every((n) => n >= 0);
  // Files added after every other (new files named by date often are): the old postings are copied as they are.
  const appended = noneGone && newOf.every((n, o) => n === o);
  const oldLive = FIELDS.map((_, f) => liveCounts(old.fields[f]!, newOf, old.terms.length, noneGone));
  // Terms: the old ones still held somewhere (in id order), then the delta's new ones.
  const fromOld: number[] = [];
  const fromDelta: number[] = [];
  const deltaOfOld = new Int32Array(old.terms.length).fill(-1);
  delta.terms.forEach((term, id) => {
    const o = main.termId(term);
    if (o === undefined) fromDelta.push(id);
    else deltaOfOld[o] = id;
  });
  const [text, heading, title] = oldLive as [Uint32Array, Uint32Array, Uint32Array];
  for (let t = 0; t < old.terms.length; t++) if (deltaOfOld[t]! >= 0 || text[t]! + heading[t]! + title[t]! > 0) fromOld.push(t);
  const terms = [...fromOld.map((t) => old.terms[t]!), ...fromDelta.map((d) => delta.terms[d]!)];
  const pairs = [...fromOld.map((t): [number, number] => [t, deltaOfOld[t]!]), ...fromDelta.map((d): [number, number] => [-1, d])];
  const fields = FIELDS.map((_, f) => mergeField(old.fields[f]!, delta.fields[f]!, pairs, { newOf, addedIds, appended }, after, f));
  const byTerm = termMap(old, fromOld, terms);
  const lost = lostTerms(old.fields, oldLive);
  const surface = pairs.map((pair, u) => spelling(u, pair, old, delta.surface, lost, fields, after, terms[u]!));
  return PassageIndex.fromParts({ documentCount: after.length, terms, surface, sorted: sortedIds(old, fromOld, terms, fromDelta.length), fields, byTerm });
}

/**
 * Term → id. When no term is gone, the old map is extended in place and shared: the old index
 * ignores ids past its own terms, and a map built anew for 250k terms costs more than the rest.
 */
function termMap(old: IndexParts, fromOld: readonly number[], terms: readonly string[]): Map<string, number> {
  if (fromOld.length !== old.terms.length || old.byTerm.size !== old.terms.length) return new Map(terms.map((t, i) => [t, i]));
  for (let u = fromOld.length; u < terms.length; u++) old.byTerm.set(terms[u]!, u);
  return old.byTerm;
}

/** Per term, how many of its postings in this field point at passages still there. */
function liveCounts(field: BuiltField, newOf: Int32Array, termCount: number, noneGone: boolean): Uint32Array {
  const counts = new Uint32Array(termCount);
  if (noneGone) {
    for (let t = 0; t < termCount; t++) counts[t] = field.offsets[t + 1]! - field.offsets[t]!;
    return counts;
  }
  for (let t = 0; t < termCount; t++) {
    let n = 0;
    for (let i = field.offsets[t]!; i < field.offsets[t + 1]!; i++) if (newOf[field.docs[i]!]! >= 0) n++;
    counts[t] = n;
  }
  return counts;
}

/** Per old term, 1 when some passage holding it is gone. */
function lostTerms(fields: readonly BuiltField[], live: readonly Uint32Array[]): Uint8Array {
  const lost = new Uint8Array(live[0]!.length);
  for (let t = 0; t < lost.length; t++) lost[t] = fields.some((f, k) => f.offsets[t + 1]! - f.offsets[t]! > live[k]![t]!) ? 1 : 0;
  return lost;
}

/** One field's postings for the new term ids: the old ones renumbered, the delta's merged in passage order. */
interface Renumbering {
  newOf: Int32Array;
  addedIds: Uint32Array;
  /** No passage gone and every new one after the old ones: old ids stay. */
  appended: boolean;
}

function mergeField(old: BuiltField, delta: BuiltField, pairs: readonly [number, number][], { newOf, addedIds, appended }: Renumbering, after: readonly Passage[], f: number): BuiltField {
  let size = 0;
  for (const [o, d] of pairs) size += (o >= 0 ? old.offsets[o + 1]! - old.offsets[o]! : 0) + (d >= 0 ? delta.offsets[d + 1]! - delta.offsets[d]! : 0);
  const offsets = new Uint32Array(pairs.length + 1);
  const docs = new Uint32Array(size);
  const tfs = new Uint16Array(size);
  let at = 0;
  for (let u = 0; u < pairs.length; u++) {
    const [o, d] = pairs[u]!;
    let i = o >= 0 ? old.offsets[o]! : 0;
    const iEnd = o >= 0 ? old.offsets[o + 1]! : 0;
    let j = d >= 0 ? delta.offsets[d]! : 0;
    const jEnd = d >= 0 ? delta.offsets[d + 1]! : 0;
    if (appended && d < 0) {
      // A run of old terms without delta postings: copied in one go (ids unchanged, runs are consecutive).
      let v = u + 1;
      while (v < pairs.length && pairs[v]![1] < 0 && pairs[v]![0] === o + (v - u)) v++;
      const to = old.offsets[o + (v - u)]!;
      docs.set(old.docs.subarray(i, to), at);
      tfs.set(old.tfs.subarray(i, to), at);
      for (let k = u; k < v; k++) offsets[k + 1] = old.offsets[o + (k - u) + 1]! - i + at;
      at += to - i;
      u = v - 1;
      continue;
    }
    // Old postings keep their order when renumbered; the delta's are merged in where they fall.
    while (i < iEnd || j < jEnd) {
      const a = i < iEnd ? newOf[old.docs[i]!]! : -1;
      if (i < iEnd && a < 0) {
        i++;
        continue;
      }
      const b = j < jEnd ? addedIds[delta.docs[j]!]! : -1;
      if (b < 0 || (i < iEnd && a < b)) {
        docs[at] = a;
        tfs[at++] = old.tfs[i++]!;
      } else {
        docs[at] = b;
        tfs[at++] = delta.tfs[j++]!;
      }
    }
    offsets[u + 1] = at;
  }
  const lengths = new Uint16Array(after.length);
  if (appended) lengths.set(old.lengths);
  else newOf.forEach((n, o) => n >= 0 && (lengths[n] = old.lengths[o]!));
  addedIds.forEach((n, k) => (lengths[n] = delta.lengths[k]!));
  return { offsets, docs: docs.subarray(0, at), tfs: tfs.subarray(0, at), lengths, average: runningAverage(lengths, after, f) };
}

/** MiniSearch's running average of a field's length, as the builder keeps it: passages without the field count, unchanged. */
function runningAverage(lengths: Uint16Array, after: readonly Passage[], f: number): number {
  let average = 0;
  for (let d = 0; d < after.length; d++) {
    const p = after[d]!;
    const value = f === 0 ? p.text : f === 1 ? p.heading : p.title;
    if (value !== null) average = (average * d + lengths[d]!) / (d + 1);
  }
  return average || 1;
}

/** How a term was first written (`''` when only ever derived): the earlier segment's spelling, or the passages read again when that is not certain. */
function spelling(u: number, [o, d]: [number, number], old: IndexParts, deltaSurface: readonly string[], lost: Uint8Array, fields: readonly BuiltField[], after: readonly Passage[], term: string): string {
  const own = o >= 0 ? old.surface[o]! : '';
  const theirs = d >= 0 ? deltaSurface[d]! : '';
  const whole = o < 0 || lost[o] === 0;
  if (d < 0 && whole) return own;
  // Removing passages never makes a term written: when the old ones never wrote it, the delta's first writer is the first.
  if (o < 0 || own === '') return theirs;
  if (theirs === '' && whole) return own;
  for (const doc of inOrder(fields, u)) {
    const written = writtenIn(after[doc]!, term);
    if (written !== undefined) return written;
  }
  return '';
}

/** The passages holding term `u` in any field, ascending, each once. */
function* inOrder(fields: readonly BuiltField[], u: number): Iterable<number> {
  const at = fields.map((f) => f.offsets[u]!);
  for (;;) {
    let next = Infinity;
    fields.forEach((f, k) => {
      if (at[k]! < f.offsets[u + 1]!) next = Math.min(next, f.docs[at[k]!]!);
    });
    if (next === Infinity) return;
    fields.forEach((f, k) => {
      if (at[k]! < f.offsets[u + 1]! && f.docs[at[k]!] === next) at[k]!++;
    });
    yield next;
  }
}

/** How a passage writes `term` first (its fields in index order), lower-cased as the builder keeps it. */
function writtenIn(p: Passage, term: string): string | undefined {
  for (const value of [p.text, p.heading, p.title]) {
    if (value === null) continue;
    let written: string | undefined;
    indexTerms(value, (t, text) => {
      if (written === undefined && t === term) written = text.toLowerCase();
    });
    if (written !== undefined) return written;
  }
  return undefined;
}

/** Term ids in term order: the old order without the terms gone, merged with the new terms sorted. */
function sortedIds(old: IndexParts, fromOld: readonly number[], terms: readonly string[], newCount: number): Uint32Array {
  const renumber = new Int32Array(old.terms.length).fill(-1);
  fromOld.forEach((t, u) => (renumber[t] = u));
  const kept: number[] = [];
  for (const t of old.sorted) if (renumber[t]! >= 0) kept.push(renumber[t]!);
  const fresh = Array.from({ length: newCount }, (_, k) => fromOld.length + k).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
  const out = new Uint32Array(kept.length + fresh.length);
  let [i, j, n] = [0, 0, 0];
  while (i < kept.length || j < fresh.length) {
    if (j >= fresh.length || (i < kept.length && terms[kept[i]!]! < terms[fresh[j]!]!)) out[n++] = kept[i++]!;
    else out[n++] = fresh[j++]!;
  }
  return out;
}
