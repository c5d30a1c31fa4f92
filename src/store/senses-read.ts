// A replica's sentence-encoder vectors (`senses-write.ts`), for an archive within the encoder's
// limit: all of them in memory (512 bytes a window: ~30 MB at 50k passages) as a `SentenceIndex`
// over positions, with the rows' ids mapped to and from them, so the hybrid source asks them as it
// asks the in-process ones. Used only when every served passage has them. Questions are embedded by
// the owner's `embed` (an encoder thread, started at the first question).
import type pg from 'pg';
import { ENCODER_DIMENSIONS } from '../search/semantic/encoder.ts';
import type { MeaningSentences } from '../search/semantic/hybrid.ts';
import { SentenceIndex, type EmbedQuestion } from '../search/semantic/sentence-index.ts';
import type { VectorHit } from '../search/semantic/vector-index.ts';
import { readBlob } from './state.ts';
import { SENSE_BLOB, SENSE_MODEL } from './senses-write.ts';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;
const D = ENCODER_DIMENSIONS;

export class StoredSenses implements MeaningSentences {
  waitMs?: number;

  private constructor(
    private readonly index: SentenceIndex,
    /** Row id of each position. */
    private readonly ids: Float64Array,
    private readonly positions: Map<number, number>,
  ) {}

  /** Null unless every one of the `served` passages has its vectors (made by this model), and there are at most `maxPassages`. */
  static async open(db: Queryable, served: number, maxPassages: number, embed: EmbedQuestion): Promise<StoredSenses | null> {
    if (served === 0 || served > maxPassages) return null;
    if ((await readBlob(db, SENSE_BLOB, SENSE_MODEL)) === null) return null;
    const { rows } = await db.query<{ id: string; vectors: Buffer; scales: number[] }>(
      'SELECT s.id, s.vectors, s.scales FROM passage_senses s JOIN passages p ON p.id = s.id WHERE p.served ORDER BY s.id',
    );
    if (rows.length !== served) return null;
    const firsts = new Int32Array(rows.length + 1);
    rows.forEach((r, d) => (firsts[d + 1] = firsts[d]! + r.scales.length));
    const vectors = new Int8Array(firsts[rows.length]! * D);
    const scales = new Float32Array(firsts[rows.length]!);
    rows.forEach((r, d) => {
      vectors.set(new Int8Array(r.vectors.buffer, r.vectors.byteOffset, r.vectors.length), firsts[d]! * D);
      scales.set(r.scales, firsts[d]!);
    });
    const ids = Float64Array.from(rows, (r) => Number(r.id));
    return new StoredSenses(SentenceIndex.fromQuantised(vectors, scales, embed, firsts), ids, new Map(Array.from(ids, (id, d) => [id, d])));
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
