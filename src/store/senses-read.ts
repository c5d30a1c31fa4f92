// A replica's sentence-encoder vectors (`senses-write.ts`), for an archive within the encoder's
// limit: all of them in memory (512 bytes a window: ~30 MB at 50k passages, up to twice that when
// every paragraph sits under a heading, which adds a reading: `windows.ts`) as a `SentenceIndex`
// over positions, with the rows' ids mapped to and from them, so the hybrid source asks them as it
// asks the in-process ones. Used only when every served passage has them. Questions are embedded by
// the owner's `embed` (an encoder thread, started at the first question). A first open reads them all
// in one query; a reload reads only the rows the snapshot it replaces did not hold.
import type pg from 'pg';
import { ENCODER_DIMENSIONS } from '../search/semantic/encoder.ts';
import type { MeaningSentences } from '../search/semantic/hybrid.ts';
import { SentenceIndex, type EmbedQuestion } from '../search/semantic/sentence-index.ts';
import type { VectorHit } from '../search/semantic/vector-index.ts';
import { SENSE_BLOB, SENSE_MODEL } from './senses-write.ts';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;
const D = ENCODER_DIMENSIONS;

/** Passages' int8 vectors laid end to end, a scale a vector; passage `d`'s windows are `firsts[d] … firsts[d + 1]`. */
interface Quantised {
  firsts: Int32Array;
  vectors: Int8Array;
  scales: Float32Array;
}

/** Room for passages with these counts of windows, laid end to end. */
function laidOut(windows: readonly number[]): Quantised {
  const firsts = new Int32Array(windows.length + 1);
  windows.forEach((w, d) => (firsts[d + 1] = firsts[d]! + w));
  return { firsts, vectors: new Int8Array(firsts[windows.length]! * D), scales: new Float32Array(firsts[windows.length]!) };
}

/** A row as read from the store, as passage `d` of `to`. */
function setRow(to: Quantised, d: number, row: { vectors: Buffer; scales: number[] }): void {
  to.vectors.set(new Int8Array(row.vectors.buffer, row.vectors.byteOffset, row.vectors.length), to.firsts[d]! * D);
  to.scales.set(row.scales, to.firsts[d]!);
}

/** Passage `e` of `from` as passage `d` of `to` (the same count of windows). */
function copyRow(from: Quantised, e: number, to: Quantised, d: number): void {
  const [a, b] = [from.firsts[e]!, from.firsts[e + 1]!];
  to.vectors.set(from.vectors.subarray(a * D, b * D), to.firsts[d]! * D);
  to.scales.set(from.scales.subarray(a, b), to.firsts[d]!);
}

type SenseRow = { id: string; vectors: Buffer; scales: number[] };

/** The served rows' ids, in order, and their vectors. */
interface Read {
  ids: Float64Array;
  rows: Quantised;
}

/** Every served row's vectors, in one query (a first open, or a model written anew: nothing to reuse); null unless there are `served`. */
async function readAll(db: Queryable, served: number): Promise<Read | null> {
  const { rows: read } = await db.query<SenseRow>('SELECT s.id, s.vectors, s.scales FROM passage_senses s JOIN passages p ON p.id = s.id WHERE p.served ORDER BY s.id');
  if (read.length !== served) return null;
  const rows = laidOut(read.map((r) => r.scales.length));
  read.forEach((r, d) => setRow(rows, d, r));
  return { ids: Float64Array.from(read, (r) => Number(r.id)), rows };
}

export class StoredSenses implements MeaningSentences {
  waitMs?: number;

  private constructor(
    private readonly index: SentenceIndex,
    /** Row id of each position. */
    private readonly ids: Float64Array,
    private readonly positions: Map<number, number>,
    /** The rows as the index holds them (its arrays, not copies), for the next snapshot to copy what it shares. */
    private readonly rows: Quantised,
    /** When the store's sense model was written: vectors read under another writing are not reused. */
    private readonly made: string,
  ) {}

  /**
   * Null unless every one of the `served` passages has its vectors (made by this model), and there are
   * at most `maxPassages`. A row's vectors never change under its id (a rewritten file's passages are
   * new rows; a new model rewrites the model blob): those `before` (the snapshot replaced) holds are
   * copied from it, and only the other rows' are read.
   */
  static async open(db: Queryable, served: number, maxPassages: number, embed: EmbedQuestion, before?: StoredSenses | null): Promise<StoredSenses | null> {
    if (served === 0 || served > maxPassages) return null;
    const { rows: model } = await db.query<{ made: string }>('SELECT updated_at::text AS made FROM blobs WHERE key = $1 AND version = $2', [SENSE_BLOB, SENSE_MODEL]);
    const made = model[0]?.made;
    if (made === undefined) return null;
    const read = before?.made === made ? await before.readChanged(db, served) : await readAll(db, served);
    if (!read) return null;
    const { ids, rows } = read;
    const index = SentenceIndex.fromQuantised(rows.vectors, rows.scales, embed, rows.firsts);
    return new StoredSenses(index, ids, new Map(Array.from(ids, (id, d) => [id, d])), rows, made);
  }

  /** The served rows (a reload): those this snapshot holds copied from it, the others' vectors read; null unless there are `served`. */
  private async readChanged(db: Queryable, served: number): Promise<Read | null> {
    const { rows: listed } = await db.query<{ id: string; windows: number | null }>(
      'SELECT s.id, array_length(s.scales, 1) AS windows FROM passage_senses s JOIN passages p ON p.id = s.id WHERE p.served ORDER BY s.id',
    );
    if (listed.length !== served) return null;
    const ids = Float64Array.from(listed, (r) => Number(r.id));
    const rows = laidOut(listed.map((r) => r.windows ?? 0));
    const fresh = new Map<number, number>();
    ids.forEach((id, d) => {
      const e = this.positions.get(id);
      if (e === undefined) fresh.set(id, d);
      else copyRow(this.rows, e, rows, d);
    });
    if (fresh.size > 0) {
      const { rows: read } = await db.query<SenseRow>('SELECT id, vectors, scales FROM passage_senses WHERE id = ANY($1::bigint[])', [[...fresh.keys()]]);
      for (const r of read) setRow(rows, fresh.get(Number(r.id))!, r);
    }
    return { ids, rows };
  }

  get count(): number {
    return this.index.count;
  }

  embed(text: string): Promise<Float32Array | null> {
    return this.index.embed(text);
  }

  cosine(q: Float32Array, id: number): number {
    const d = this.positions.get(id);
    return d === undefined ? 0 : this.index.cosine(q, d);
  }

  nearest(q: Float32Array, k: number): VectorHit[] {
    return this.index.nearest(q, k).map((h) => ({ id: this.ids[h.id]!, cosine: h.cosine }));
  }
}
