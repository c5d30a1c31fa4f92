// One unit vector per passage (SIF-weighted GloVe words, first principal component removed),
// quantised to int8 with a scale per passage: 100 bytes a passage, 10 MB at 100k. A question is
// compared with every passage (a flat scan: at 100k passages about as long as one BM25 pass) and
// the closest ones are proposed as candidates beside BM25's, so a passage that shares no word
// with the question can still be found. The scan reads a 16-byte projection of each vector
// (`coarse.ts`) and then the full vectors of the best few hundred.
import type { Passage } from '../../corpus/types.ts';
import { jsonSection, packSections, readJson, readUint32, unpackSections } from '../../cache/sections.ts';
import { COARSE, principalAxes, project } from './coarse.ts';
import { shortlist } from './shortlist.ts';
import { embedRows, firstComponent, removeAndNormalise, rowsOf, sifVector } from './sif.ts';
import { DIMENSIONS, type WordTable } from './word-table.ts';
import type { PassageMapping } from '../segments.ts';

const FORMAT = 'coverage-bot/passage-vectors@3';
/** How many passages of the short scan are compared in full, per candidate asked for (at least `MIN_SHORTLIST`). */
const SHORTLIST_PER_CANDIDATE = 8;
const MIN_SHORTLIST = 200;
/** Passages embedded between two yields to the event loop while building in the background. */
const CHUNK = 2000;

export interface VectorHit {
  id: number;
  cosine: number;
}

export class VectorIndex {
  private constructor(
    private readonly table: WordTable,
    /** SIF's `a`: the index and its questions must use the same. */
    private readonly a: number,
    private readonly pc: Float32Array | null,
    private readonly vectors: Int8Array,
    private readonly scales: Float32Array,
    private readonly coarse: { axes: Float32Array; vectors: Int8Array; scales: Float32Array },
  ) {}

  get count(): number {
    return this.scales.length;
  }

  /** Embeds every passage, yielding to the event loop every few thousand so answers never wait. */
  static async build(passages: readonly Passage[], table: WordTable, a: number, context = 0): Promise<VectorIndex> {
    const n = passages.length;
    const floats = new Float32Array(n * DIMENSIONS);
    const one = new Float32Array(DIMENSIONS);
    const around = new Float32Array(DIMENSIONS);
    for (let d = 0; d < n; d++) {
      if (d % CHUNK === CHUNK - 1) await new Promise((resolve) => setImmediate(resolve));
      const p = passages[d]!;
      if (!embedRows(rowsOf(p.text, table), table, a, one) || !removeAndNormalise(one, null)) continue;
      if (context > 0 && embedRows(rowsOf(`${p.title} ${p.heading ?? ''}`, table), table, a, around) && removeAndNormalise(around, null)) {
        for (let i = 0; i < DIMENSIONS; i++) one[i]! += context * around[i]!;
        removeAndNormalise(one, null);
      }
      floats.set(one, d * DIMENSIONS);
    }
    const pc = firstComponent(floats, n);
    const vectors = new Int8Array(n * DIMENSIONS);
    const scales = new Float32Array(n);
    for (let d = 0; d < n; d++) {
      const v = floats.subarray(d * DIMENSIONS, (d + 1) * DIMENSIONS);
      if (removeAndNormalise(v, pc)) scales[d] = quantise(v, vectors, d * DIMENSIONS);
      else v.fill(0);
    }
    await new Promise((resolve) => setImmediate(resolve));
    return new VectorIndex(table, a, pc, vectors, scales, shortView(floats, n));
  }

  /**
   * The vectors of a changed corpus: passages kept keep theirs, new ones are embedded against this
   * index's principal component and short-scan axes. Those two are fitted to the whole corpus, so
   * after many changes a full build (`open.ts`) refits them; one file barely moves them.
   */
  withChanges(after: readonly Passage[], mapping: PassageMapping): VectorIndex {
    const n = after.length;
    const [vectors, scales] = [new Int8Array(n * DIMENSIONS), new Float32Array(n)];
    const short = { axes: this.coarse.axes, vectors: new Int8Array(n * COARSE), scales: new Float32Array(n) };
    mapping.newOf.forEach((to, from) => {
      if (to < 0) return;
      vectors.set(this.vectors.subarray(from * DIMENSIONS, (from + 1) * DIMENSIONS), to * DIMENSIONS);
      short.vectors.set(this.coarse.vectors.subarray(from * COARSE, (from + 1) * COARSE), to * COARSE);
      [scales[to], short.scales[to]] = [this.scales[from]!, this.coarse.scales[from]!];
    });
    const one = new Float32Array(DIMENSIONS);
    const out = new Float32Array(COARSE);
    for (const i of mapping.added) {
      if (sifVector(after[i]!.text, this.table, this.a, this.pc, one)) scales[i] = quantise(one, vectors, i * DIMENSIONS);
      else one.fill(0);
      short.scales[i] = quantise(project(short.axes, one, out), short.vectors, i * COARSE, COARSE);
    }
    return new VectorIndex(this.table, this.a, this.pc, vectors, scales, short);
  }

  static restore(saved: Uint8Array, table: WordTable): VectorIndex {
    const [head, pcBytes, vectorBytes, scaleBytes, axes, coarse, coarseScales] = unpackSections(saved, 7) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
    const { format, a, count, hasPc } = readJson<{ format: string; a: number; count: number; hasPc: boolean }>(head);
    if (format !== FORMAT || vectorBytes.length !== count * DIMENSIONS) throw new Error('search: the saved passage vectors are damaged; rebuild them');
    const pc = hasPc ? readFloat32(pcBytes) : null;
    const short = { axes: readFloat32(axes), vectors: readInt8(coarse), scales: readFloat32(coarseScales) };
    if (short.vectors.length !== count * COARSE) throw new Error('search: the saved passage vectors are damaged; rebuild them');
    return new VectorIndex(table, a, pc, readInt8(vectorBytes), readFloat32(scaleBytes), short);
  }

  serialize(): Uint8Array {
    const pc = this.pc ?? new Float32Array(0);
    return packSections([
      jsonSection({ format: FORMAT, a: this.a, count: this.count, hasPc: this.pc !== null }),
      new Uint32Array(pc.buffer, pc.byteOffset, pc.length),
      new Uint8Array(this.vectors.buffer, this.vectors.byteOffset, this.vectors.byteLength),
      new Uint32Array(this.scales.buffer, this.scales.byteOffset, this.scales.length),
      new Uint32Array(this.coarse.axes.buffer, this.coarse.axes.byteOffset, this.coarse.axes.length),
      new Uint8Array(this.coarse.vectors.buffer, this.coarse.vectors.byteOffset, this.coarse.vectors.byteLength),
      new Uint32Array(this.coarse.scales.buffer, this.coarse.scales.byteOffset, this.coarse.scales.length),
    ]);
  }

  /** The question's unit vector, or null when none of its words has a vector. */
  embed(text: string): Float32Array | null {
    const v = new Float32Array(DIMENSIONS);
    return sifVector(text, this.table, this.a, this.pc, v) ? v : null;
  }

  cosine(q: Float32Array, id: number): number {
    const base = id * DIMENSIONS;
    let dot = 0;
    for (let i = 0; i < DIMENSIONS; i++) dot += q[i]! * this.vectors[base + i]!;
    return dot * this.scales[id]!;
  }

  /** `cosine` of each of `ids`. */
  cosines(q: Float32Array, ids: readonly number[]): number[] {
    return ids.map((id) => this.cosine(q, id));
  }

  /** The `k` passages closest to `q`, closest first: a short scan of every passage, then full cosines of the best. */
  nearest(q: Float32Array, k: number): VectorHit[] {
    const m = Math.min(this.count, Math.max(MIN_SHORTLIST, k * SHORTLIST_PER_CANDIDATE));
    const query = new Int8Array(COARSE);
    quantise(project(this.coarse.axes, q, new Float32Array(COARSE)), query, 0, COARSE);
    const ids = shortlist(query, this.coarse.vectors, this.coarse.scales, m);
    const hits: VectorHit[] = [];
    for (const id of ids) hits.push({ id, cosine: this.cosine(q, id) });
    return hits.sort((x, y) => y.cosine - x.cosine).slice(0, k);
  }
}

/** Each passage's projection on the axes of largest variance, int8 with a scale per passage. */
function shortView(floats: Float32Array, n: number): { axes: Float32Array; vectors: Int8Array; scales: Float32Array } {
  const axes = principalAxes(floats, n);
  const vectors = new Int8Array(n * COARSE);
  const scales = new Float32Array(n);
  const out = new Float32Array(COARSE);
  for (let d = 0; d < n; d++) scales[d] = quantise(project(axes, floats.subarray(d * DIMENSIONS, (d + 1) * DIMENSIONS), out), vectors, d * COARSE, COARSE);
  return { axes, vectors, scales };
}

const readFloat32 = (b: Buffer): Float32Array => new Float32Array(readUint32(b).buffer);

function readInt8(b: Buffer): Int8Array {
  const out = new Int8Array(b.length);
  out.set(new Int8Array(b.buffer, b.byteOffset, b.length));
  return out;
}

/** Writes `v` as int8 at `at`, returning the scale that turns it back. */
export function quantise(v: Float32Array, out: Int8Array, at: number, length = DIMENSIONS): number {
  let max = 0;
  for (let i = 0; i < length; i++) max = Math.max(max, Math.abs(v[i]!));
  const scale = max / 127 || 1;
  for (let i = 0; i < length; i++) out[at + i] = Math.round(v[i]! / scale);
  return scale;
}
