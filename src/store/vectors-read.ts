// A replica's passage vectors (`npm run index` writes them: `vectors-write.ts`). In memory: the model
// (word table, first component, short-scan axes: ~10 MB) and each served passage's 16-byte
// projection with its scale and row id (24 bytes a passage: 23 MB at 1M); a question's short scan
// runs over those (`search/semantic/shortlist.ts`, as in-process), and the full vectors of the best
// few hundred, and of the lexical candidates, are fetched by id. Plain PostgreSQL has no vector
// index to ask; this keeps the scan in the replica and the 100-byte vectors in the database.
import type pg from 'pg';
import { COARSE, project } from '../search/semantic/coarse.ts';
import type { MeaningVectors } from '../search/semantic/hybrid.ts';
import { shortlist } from '../search/semantic/shortlist.ts';
import { quantise, type VectorHit } from '../search/semantic/vector-index.ts';
import { DIMENSIONS } from '../search/semantic/word-table.ts';
import { blobVersion, readInPieces } from './state.ts';
import { MODEL_BLOB, questionVector, unpackModel, type VectorModel } from './vector-model.ts';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** Projections read per query at start (a chunk's rows are packed into one bytea on the server). */
const CHUNK = 100_000;
/** Bytes of a chunk's record: the row id (int8), the projection, its scale (float4). */
const RECORD = 8 + COARSE + 4;
/** As `VectorIndex.nearest`: passages of the short scan compared in full, per candidate asked for, at least MIN_SHORTLIST. */
const SHORTLIST_PER_CANDIDATE = 8;
const MIN_SHORTLIST = 200;
/** Full vectors kept after a question (a question's candidates are often the next one's). */
const CACHED = 4096;

type Full = { vector: Int8Array; scale: number };

export class StoredVectors implements MeaningVectors {
  private readonly cache = new Map<number, Full>();

  private constructor(
    private readonly pool: Queryable,
    private readonly model: VectorModel,
    private readonly modelVersion: string,
    private readonly ids: Uint32Array | Float64Array,
    private readonly coarse: Int8Array,
    private readonly scales: Float32Array,
  ) {}

  /**
   * The vectors of the served passages, read in `db`'s snapshot; null when `npm run index` has made
   * none. The model of `before` (the snapshot replaced) is kept when the store's is the same.
   */
  static async open(db: Queryable, pool: Queryable, before?: StoredVectors | null): Promise<StoredVectors | null> {
    const version = await blobVersion(db, MODEL_BLOB);
    if (version === undefined) return null;
    const model = before?.modelVersion === version ? before.model : unpackModel(await readInPieces(db, MODEL_BLOB));
    const { rows: counted } = await db.query<{ n: string; last: string | null }>('SELECT count(*) AS n, max(v.id) AS last FROM passage_vectors v JOIN passages p ON p.id = v.id WHERE p.served');
    const n = Number(counted[0]!.n);
    // Row ids as 32-bit integers while they fit (half the memory of doubles).
    const ids = Number(counted[0]!.last ?? 0) <= 0xffffffff ? new Uint32Array(n) : new Float64Array(n);
    const coarse = new Int8Array(n * COARSE);
    const scales = new Float32Array(n);
    let at = 0;
    let after = 0;
    while (at < n) {
      // One bytea a chunk, a record a passage (id, projection, scale: no per-row strings or arrays).
      const { rows } = await db.query<{ packed: Buffer | null }>(
        `SELECT string_agg(int8send(id) || coarse || float4send(coarse_scale), ''::bytea ORDER BY id) AS packed
         FROM (SELECT v.id, v.coarse, v.coarse_scale FROM passage_vectors v JOIN passages p ON p.id = v.id WHERE p.served AND v.id > $1 ORDER BY v.id LIMIT ${CHUNK}) s`,
        [after],
      );
      const packed = rows[0]?.packed;
      if (!packed || packed.length === 0) break;
      const count = Math.min(packed.length / RECORD, n - at);
      for (let i = 0; i < count; i++) {
        const o = i * RECORD;
        after = Number(packed.readBigInt64BE(o));
        ids[at + i] = after;
        coarse.set(new Int8Array(packed.buffer, packed.byteOffset + o + 8, COARSE), (at + i) * COARSE);
        scales[at + i] = packed.readFloatBE(o + 8 + COARSE);
      }
      at += count;
    }
    return new StoredVectors(pool, model, version, ids.subarray(0, at), coarse.subarray(0, at * COARSE), scales.subarray(0, at));
  }

  get count(): number {
    return this.scales.length;
  }

  embed(text: string): Float32Array | null {
    return questionVector(this.model, text);
  }

  /** The `k` passages closest to `q`: the short scan in memory, then the full vectors of the best fetched and compared. */
  async nearest(q: Float32Array, k: number): Promise<VectorHit[]> {
    const m = Math.min(this.count, Math.max(MIN_SHORTLIST, k * SHORTLIST_PER_CANDIDATE));
    const query = new Int8Array(COARSE);
    quantise(project(this.model.axes, q, new Float32Array(COARSE)), query, 0, COARSE);
    const ids = Array.from(shortlist(query, this.coarse, this.scales, m), (i) => this.ids[i]!);
    const cosines = await this.cosines(q, ids);
    return ids
      .map((id, i) => ({ id, cosine: cosines[i]! }))
      .sort((x, y) => y.cosine - x.cosine || x.id - y.id)
      .slice(0, k);
  }

  /** Each passage's cosine with `q` (0 for one without a vector). */
  async cosines(q: Float32Array, ids: readonly number[]): Promise<number[]> {
    const full = await this.fetch(ids);
    return ids.map((id) => {
      const f = full.get(id);
      if (!f) return 0;
      let dot = 0;
      for (let i = 0; i < DIMENSIONS; i++) dot += q[i]! * f.vector[i]!;
      return dot * f.scale;
    });
  }

  private async fetch(ids: readonly number[]): Promise<Map<number, Full>> {
    const out = new Map<number, Full>();
    const missing: number[] = [];
    for (const id of ids) {
      const known = this.cache.get(id);
      if (known) out.set(id, known);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const { rows } = await this.pool.query<{ id: string; vector: Buffer; scale: number }>('SELECT id, vector, scale FROM passage_vectors WHERE id = ANY($1::bigint[])', [missing]);
      for (const r of rows) {
        const f = { vector: new Int8Array(r.vector.buffer, r.vector.byteOffset, r.vector.length), scale: r.scale };
        out.set(Number(r.id), f);
        this.remember(Number(r.id), f);
      }
    }
    return out;
  }

  private remember(id: number, f: Full): void {
    if (this.cache.size >= CACHED) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(id, f);
  }
}
