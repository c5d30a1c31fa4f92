// One sentence-encoder vector per passage (`encoder.ts`, 512 dimensions), quantised to int8 with
// a scale per passage (512 bytes a passage). The question's vector comes from `embed`, which the
// owner supplies (the encoder in a worker thread, or vectors computed beforehand by a benchmark).
import { ENCODER_DIMENSIONS } from './encoder.ts';
import type { VectorHit } from './vector-index.ts';
import { topK } from '../rank/top-k.ts';

const D = ENCODER_DIMENSIONS;

export type EmbedQuestion = (text: string) => Promise<Float32Array | null>;

export class SentenceIndex {
  /** 0 … count − 1, made at the first `nearest`. */
  private ids: Int32Array | undefined;
  /** How long an answer waits for the question's vector, when its owner says (the CLI waits for it); else the options' `sentenceWaitMs`. */
  waitMs?: number;

  private constructor(
    private readonly vectors: Int8Array,
    private readonly scales: Float32Array,
    readonly embed: EmbedQuestion,
  ) {}

  get count(): number {
    return this.scales.length;
  }

  /** From unit vectors laid end to end (`count × 512` floats). */
  static fromFloats(floats: Float32Array, embed: EmbedQuestion): SentenceIndex {
    const n = floats.length / D;
    const vectors = new Int8Array(n * D);
    const scales = new Float32Array(n);
    for (let d = 0; d < n; d++) scales[d] = quantise(floats, d * D, vectors, d * D);
    return new SentenceIndex(vectors, scales, embed);
  }

  /** From int8 vectors (`count × 512`) and the scale of each (`sentences.ts`). */
  static fromQuantised(vectors: Int8Array, scales: Float32Array, embed: EmbedQuestion): SentenceIndex {
    return new SentenceIndex(vectors, scales, embed);
  }

  cosine(q: Float32Array, id: number): number {
    const base = id * D;
    let dot = 0;
    for (let i = 0; i < D; i++) dot += q[i]! * this.vectors[base + i]!;
    return dot * this.scales[id]!;
  }

  /** The `k` passages closest to `q`, closest first, ties to the lower id (a flat scan). */
  nearest(q: Float32Array, k: number): VectorHit[] {
    this.ids ??= Int32Array.from({ length: this.count }, (_, i) => i);
    return topK(this.ids, (id) => this.cosine(q, id), k).map(([id, cosine]) => ({ id, cosine }));
  }
}

/** Writes unit vector `v[at…at+D]` as int8 at `out[to…]`, returning the scale that turns it back. */
export function quantise(v: Float32Array, at: number, out: Int8Array, to: number): number {
  let max = 0;
  for (let i = 0; i < D; i++) max = Math.max(max, Math.abs(v[at + i]!));
  const scale = max / 127 || 1;
  for (let i = 0; i < D; i++) out[to + i] = Math.round(v[at + i]! / scale);
  return scale;
}
