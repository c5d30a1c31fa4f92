// Sentence-encoder vectors of the passages (`encoder.ts`, 512 dimensions), quantised to int8 with
// a scale per vector (512 bytes a vector). A passage longer than the encoder reads has one vector
// per window of its sentences (`windows.ts`), and its cosine with a question is its best window's:
// the answer to a question is often past a long paragraph's opening. The question's vector comes
// from `embed`, which the owner supplies (the encoder in a worker thread, or vectors computed
// beforehand by a benchmark).
import { ENCODER_DIMENSIONS, type SentenceEncoder } from './encoder.ts';
import { quantise as quantiseRow, type VectorHit } from './vector-index.ts';
import { topK } from '../rank/top-k.ts';

const D = ENCODER_DIMENSIONS;

export type EmbedQuestion = (text: string) => Promise<Float32Array | null>;

/** A question's vector from `encoder`; a function is called at the first question (a thread started only when asked). */
export function questionEmbedder(encoder: SentenceEncoder | (() => SentenceEncoder)): EmbedQuestion {
  return async (text) => (await (typeof encoder === 'function' ? encoder() : encoder).embedAll([text])).subarray(0, D);
}

export class SentenceIndex {
  /** 0 … count − 1, made at the first `nearest`. */
  private ids: Int32Array | undefined;
  /** How long an answer waits for the question's vector, when its owner says (the CLI waits for it); else the options' `sentenceWaitMs`. */
  waitMs?: number;

  /**
   * `firsts[d]` … `firsts[d + 1]` are passage d's rows of vectors (`count + 1` entries); absent, row
   * d is passage d's only vector.
   */
  private constructor(
    private readonly vectors: Int8Array,
    private readonly scales: Float32Array,
    readonly embed: EmbedQuestion,
    private readonly firsts?: Int32Array,
  ) {}

  get count(): number {
    return this.firsts ? this.firsts.length - 1 : this.scales.length;
  }

  /** From unit vectors laid end to end (`rows × 512` floats); `firsts` as in the constructor. */
  static fromFloats(floats: Float32Array, embed: EmbedQuestion, firsts?: Int32Array): SentenceIndex {
    const n = floats.length / D;
    const vectors = new Int8Array(n * D);
    const scales = new Float32Array(n);
    for (let d = 0; d < n; d++) scales[d] = quantise(floats, d * D, vectors, d * D);
    return new SentenceIndex(vectors, scales, embed, firsts);
  }

  /** From int8 vectors (`rows × 512`) and the scale of each (`sentences.ts`); `firsts` as in the constructor. */
  static fromQuantised(vectors: Int8Array, scales: Float32Array, embed: EmbedQuestion, firsts?: Int32Array): SentenceIndex {
    return new SentenceIndex(vectors, scales, embed, firsts);
  }

  /** The passage's cosine with `q`: its best row's. */
  cosine(q: Float32Array, id: number): number {
    if (!this.firsts) return this.rowCosine(q, id);
    let best = -Infinity;
    for (let r = this.firsts[id]!; r < this.firsts[id + 1]!; r++) best = Math.max(best, this.rowCosine(q, r));
    return best === -Infinity ? 0 : best;
  }

  private rowCosine(q: Float32Array, row: number): number {
    const base = row * D;
    let dot = 0;
    for (let i = 0; i < D; i++) dot += q[i]! * this.vectors[base + i]!;
    return dot * this.scales[row]!;
  }

  /** The `k` passages closest to `q`, closest first, ties to the lower id (a flat scan). */
  nearest(q: Float32Array, k: number): VectorHit[] {
    this.ids ??= Int32Array.from({ length: this.count }, (_, i) => i);
    return topK(this.ids, (id) => this.cosine(q, id), k).map(([id, cosine]) => ({ id, cosine }));
  }
}

/** Writes unit vector `v[at…at+D]` as int8 at `out[to…]`, returning the scale that turns it back (`vector-index.ts`'s `quantise` on that row). */
export function quantise(v: Float32Array, at: number, out: Int8Array, to: number): number {
  return quantiseRow(v.subarray(at, at + D), out, to, D);
}
