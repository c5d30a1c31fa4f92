// The semantic part of the benchmark: opens the core as the bot does, waits for its passage vectors
// (built in the background the first time, read back after), and reports what they cost; and the
// sentence encoder's: its build threads timed on a sample, the whole build at this size estimated
// from it, their memory and the vectors' (past the limit the bot makes none, and the report says so).
import { createCore } from '../src/core/create.ts';
import type { Core } from '../src/core/core.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../src/search/options.ts';
import type { Passage } from '../src/corpus/types.ts';
import { inChunks, startEncoderPool, startEncoderThread } from '../src/search/semantic/encoder-thread.ts';
import { BUILD_THREADS, openVectors, type OpenedVectors } from '../src/search/semantic/open.ts';

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
  /** Threads that embed the passages (`BUILD_THREADS`: one a core, two at most). */
  threads: number;
  /** Passages embedded a second by those threads together, on a sample of `sample` passages. */
  passages_per_s: number;
  build_ms_per_1k: number;
  /** CPU a passage, all threads together (what a busy machine does not inflate as much as wall time). */
  build_cpu_ms_per_passage: number;
  sample: number;
  /** Every passage of this size at that rate: the background build (or the CLI's first wait); past the limit, what it would take. */
  build_s_estimated: number;
  /** Median time to embed one question (what an answer waits for once the vectors are on). */
  question_ms: number;
  /** The build's threads with their models loaded (RSS growth while they run; they end after the build). */
  build_threads_rss_mb: number;
  /** The vectors kept at this size (516 bytes a passage); 0 past the limit. */
  vectors_mb: number;
}

/** Passages of the sample: 4 chunks of `sentences.ts`'s 256, so that two threads are busy throughout. */
const SAMPLE = 1024;
const CHUNK = 256;

/** Times the encoder's build threads on a sample of passages, and a question thread on a few questions. */
export async function measureSentences(passages: readonly Passage[], questions: readonly string[]): Promise<SentencesReport> {
  const { sentenceMaxPassages } = DEFAULT_SEARCH_OPTIONS.semantic;
  const on = passages.length <= sentenceMaxPassages;
  const step = Math.max(1, Math.floor(passages.length / SAMPLE));
  const sample = passages.filter((_, i) => i % step === 0).slice(0, SAMPLE).map((p) => p.text);
  const rss = process.memoryUsage().rss;
  const pool = startEncoderPool(BUILD_THREADS);
  let perS = 0;
  let cpuMs = 0;
  let peak = rss;
  try {
    await Promise.all(Array.from({ length: BUILD_THREADS }, () => pool.embedAll(['warm up'])));
    const started = performance.now();
    const cpu = process.cpuUsage();
    await inChunks(sample, CHUNK, BUILD_THREADS, async (chunk) => {
      await pool.embedAll(chunk);
      peak = Math.max(peak, process.memoryUsage().rss);
    });
    perS = sample.length / ((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpu);
    cpuMs = (used.user + used.system) / 1000 / sample.length;
  } finally {
    await pool.close();
  }
  return {
    at_this_size: on ? 'on' : `off (${passages.length} passages is more than the ${sentenceMaxPassages} the sentence encoder is used for)`,
    threads: BUILD_THREADS,
    passages_per_s: Math.round(perS * 10) / 10,
    build_ms_per_1k: Math.round(1e6 / perS),
    build_cpu_ms_per_passage: Math.round(cpuMs * 10) / 10,
    sample: sample.length,
    build_s_estimated: Math.round(passages.length / perS),
    question_ms: await questionMs(questions),
    build_threads_rss_mb: mb(peak - rss),
    vectors_mb: on ? mb(passages.length * 516) : 0,
  };
}

/** Median time of one question's vector, in a thread of its own as the bot has it. */
async function questionMs(questions: readonly string[]): Promise<number> {
  const thread = startEncoderThread();
  try {
    await thread.embedAll(['warm up']);
    const times: number[] = [];
    for (const q of questions.slice(0, 20)) {
      const t = performance.now();
      await thread.embedAll([q]);
      times.push(performance.now() - t);
    }
    return Math.round(times.sort((a, b) => a - b)[times.length >> 1] ?? 0);
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
