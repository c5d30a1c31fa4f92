// The semantic part of the benchmark: opens the core as the bot does, waits for its passage vectors
// (built in the background the first time, read back after), and reports what they cost; and the
// sentence encoder's cost on a sample (at the bench's sizes past its limit, the bot does not use it).
import { createCore } from '../src/core/create.ts';
import type { Core } from '../src/core/core.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../src/search/options.ts';
import type { Passage } from '../src/corpus/types.ts';
import { startEncoderThread } from '../src/search/semantic/encoder-thread.ts';
import { openVectors, type OpenedVectors } from '../src/search/semantic/open.ts';

export interface VectorsReport {
  /** First opening at this size: the word table (extracted from the package if not saved) and every passage embedded. */
  built_ms: number;
  /** Opening them again from the saved files. */
  restored_ms: number;
  /** Memory the passage vectors and the word table added (heap + array buffers), after a GC when exposed. */
  memory_mb: number;
  passages: number;
  /** The sentence encoder (`semantic/sentences.ts`), measured on a sample of the passages. */
  sentences: SentencesReport;
}

export interface SentencesReport {
  /** Whether the bot makes sentence vectors at this size, and why not. */
  at_this_size: string;
  /** Embedding time per 1000 passages, in the encoder's thread (from a sample of `sample` passages). */
  build_ms_per_1k: number;
  sample: number;
  /** Median time to embed one question (what an answer waits for once the vectors are on). */
  question_ms: number;
  /** The thread with its model loaded (RSS growth), and the vectors at this size (516 bytes a passage). */
  thread_rss_mb: number;
  vectors_mb: number;
}

const SAMPLE = 256;

/** Times the encoder's thread on a sample of passages and a few questions. */
export async function measureSentences(passages: readonly Passage[], questions: readonly string[]): Promise<SentencesReport> {
  const { sentenceMaxPassages } = DEFAULT_SEARCH_OPTIONS.semantic;
  const rss = process.memoryUsage().rss;
  const thread = startEncoderThread();
  try {
    await thread.embedAll(['warm up']);
    const step = Math.max(1, Math.floor(passages.length / SAMPLE));
    const sample = passages.filter((_, i) => i % step === 0).slice(0, SAMPLE).map((p) => p.text);
    const started = performance.now();
    await thread.embedAll(sample);
    const perK = ((performance.now() - started) / sample.length) * 1000;
    const times: number[] = [];
    for (const q of questions.slice(0, 20)) {
      const t = performance.now();
      await thread.embedAll([q]);
      times.push(performance.now() - t);
    }
    return {
      at_this_size: passages.length <= sentenceMaxPassages ? 'on' : `off (more than ${sentenceMaxPassages} passages)`,
      build_ms_per_1k: Math.round(perK),
      sample: sample.length,
      question_ms: Math.round(times.sort((a, b) => a - b)[times.length >> 1] ?? 0),
      thread_rss_mb: mb(process.memoryUsage().rss - rss),
      vectors_mb: passages.length <= sentenceMaxPassages ? mb(passages.length * 516) : 0,
    };
  } finally {
    await thread.close();
  }
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function used(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** A core with its passage vectors attached, as the bot has it a moment after start-up. */
export async function coreWithVectors(dataDir: string, cacheDir: string, warn: (m: string) => void, questions: readonly string[] = []): Promise<{ core: Core; vectors: VectorsReport }> {
  let core: Core | undefined;
  const before = { bytes: 0 };
  // The core's start timer does not hold the process open (the bot has its platforms for that).
  const keepAlive = setInterval(() => undefined, 1000);
  const opened = await new Promise<OpenedVectors>((resolve, reject) => {
    createCore({ dataDir, cacheDir, warn, onVectors: resolve }).then((c) => {
      core = c;
      before.bytes = used();
    }, reject);
  });
  clearInterval(keepAlive);
  const memory = used() - before.bytes;
  const again = await openVectors(core!.corpus, { dataDir, cacheDir, warn, sifA: DEFAULT_SEARCH_OPTIONS.semantic.sifA });
  const sentences = await measureSentences(core!.corpus.passages, questions);
  return { core: core!, vectors: { built_ms: Math.round(opened.ms), restored_ms: Math.round(again.ms), memory_mb: mb(memory), passages: again.vectors.count, sentences } };
}
