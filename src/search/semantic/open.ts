// The passage vectors of a corpus, read back from the cache folder or built (and saved) in the
// background: start-up and the first answers never wait for them, and the engine uses them from
// the moment they are attached. Keyed on the corpus's content, this folder's code and SIF's `a`.
// The sentence encoder's vectors likewise (`openSentenceVectors`), per passage text.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../corpus/types.ts';
import { cachePath, readCache, reason, writeCache, type Warn } from '../../cache/cache-file.ts';
import { corpusContentHash } from '../../cache/content-hash.ts';
import { codeVersion } from '../../cache/fingerprint.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../options.ts';
import type { SentenceEncoder } from './encoder.ts';
import { availableParallelism } from 'node:os';
import { startEncoderPool, startEncoderThread, type EncoderThread } from './encoder-thread.ts';
import type { SentenceIndex } from './sentence-index.ts';
import { openSentences } from './sentences.ts';
import { VectorIndex } from './vector-index.ts';
import { openWordTable } from './word-table.ts';

const KIND = 'passage vectors';
const HERE = fileURLToPath(import.meta.url);

export interface OpenVectorsOptions {
  dataDir: string;
  cacheDir?: string;
  /** SIF's `a` (`semantic.sifA` of the engine's options). */
  sifA: number;
  contentHash?: string;
  warn?: Warn;
}

/** What one opening cost, for the benchmark. */
export interface OpenedVectors {
  vectors: VectorIndex;
  from: 'saved' | 'built';
  ms: number;
}

export async function openVectors(corpus: Corpus, options: OpenVectorsOptions): Promise<OpenedVectors> {
  const started = performance.now();
  const table = await openWordTable(options.cacheDir, options.warn);
  const file = options.cacheDir ? cachePath(options.cacheDir, options.dataDir, 'passage-vectors') : null;
  const key = createHash('sha256')
    .update(`${await codeVersion(path.dirname(HERE), HERE)}\0${options.sifA}\0${options.contentHash ?? corpusContentHash(corpus)}`)
    .digest('hex');
  const saved = file ? await readCache(file, KIND, key, options.warn) : null;
  if (saved) {
    try {
      return { vectors: VectorIndex.restore(saved, table), from: 'saved', ms: performance.now() - started };
    } catch (err) {
      options.warn?.(`Saved ${KIND} ${file} is corrupt (${reason(err)}); rebuilding them.`);
    }
  }
  const vectors = await VectorIndex.build(corpus.passages, table, options.sifA);
  if (file) writeCache(file, KIND, key, vectors.serialize(), options.warn);
  return { vectors, from: 'built', ms: performance.now() - started };
}

/** How the sentence encoder's passage vectors come along, for the log. */
export type SentenceEvent =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'ready'; encoded: number; reused: number; ms: number }
  | { kind: 'off'; reason: string };

/**
 * One encoder thread for the process's questions, started at the first question (the warm-up once
 * a corpus's vectors are made, so its model is not loaded beside the build's): a reloaded corpus reuses it.
 */
let thread: EncoderThread | undefined;
const questions: SentenceEncoder = { embedAll: (texts) => (thread ??= startEncoderThread()).embedAll(texts) };
/**
 * Threads that embed a corpus's passages: one a core, two at most (each holds its own ~100 MB
 * model), at nice 10 so that the bot's answers and other programs come first (not when the
 * caller waits for them: `foreground`, the CLI). They end when the vectors are made.
 */
export const BUILD_THREADS = Math.max(1, Math.min(2, availableParallelism()));
const BUILD_NICE = 10;

/**
 * The sentence encoder's passage vectors (`sentences.ts`), made in the background with progress
 * told every tenth; null when they are off (too many passages, or the encoder failed).
 */
export async function openSentenceVectors(
  corpus: Corpus,
  options: { dataDir: string; cacheDir?: string; maxPassages: number; warn?: Warn; onEvent: (e: SentenceEvent) => void; foreground?: boolean },
): Promise<SentenceIndex | null> {
  let told = 0;
  const onProgress = (done: number, total: number) => {
    const tenth = Math.floor((10 * done) / total);
    if (tenth > told && done < total) options.onEvent({ kind: 'progress', done, total });
    told = Math.max(told, tenth);
  };
  const builder = startEncoderPool(BUILD_THREADS, { nice: options.foreground ? 0 : BUILD_NICE });
  try {
    const opened = await openSentences(corpus.passages, { ...options, encoder: questions, builder, onProgress }).finally(() => builder.close());
    // The model loads at its first use (seconds): a question now, so the first real one is not left waiting.
    if (opened.on) await opened.index.embed('warm up');
    if (!opened.on) options.onEvent({ kind: 'off', reason: opened.reason });
    else options.onEvent({ kind: 'ready', encoded: opened.encoded, reused: opened.reused, ms: opened.ms });
    return opened.on ? opened.index : null;
  } catch (err) {
    options.onEvent({ kind: 'off', reason: reason(err) });
    return null;
  }
}

/** The log line of a sentence-vector event. */
export function sentenceLine(e: SentenceEvent): string {
  if (e.kind === 'progress') return `Sentence vectors: ${e.done} of ${e.total} texts embedded (in the background; answers use words and word vectors meanwhile).`;
  if (e.kind === 'ready') return `Answers by sentence meaning are on (${e.encoded} texts embedded, ${e.reused} read back, in ${Math.round(e.ms / 1000)} s).`;
  return `Sentence vectors are off: ${e.reason}.`;
}

/** `openSentenceVectors` for a core's corpus, attached to its engine when made. */
export async function attachSentenceVectors(
  core: { corpus: Corpus; search: { attachSentences?(index: SentenceIndex): void } },
  options: { dataDir: string; cacheDir?: string; warn?: Warn; onEvent: (e: SentenceEvent) => void; waitMs?: number; foreground?: boolean },
): Promise<void> {
  const maxPassages = DEFAULT_SEARCH_OPTIONS.semantic.sentenceMaxPassages;
  const index = await openSentenceVectors(core.corpus, { ...options, maxPassages });
  if (index && options.waitMs !== undefined) index.waitMs = options.waitMs;
  if (index) core.search.attachSentences?.(index);
}
