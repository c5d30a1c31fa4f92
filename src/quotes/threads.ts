// Quote extraction on worker threads (`extract-worker.ts`). At 1M passages extraction is minutes of
// CPU: on threads it uses every core, the main thread stays free to answer meanwhile, and the
// memory extraction churns through is given back when the threads end. Articles go out in batches,
// a few per thread at a time (texts are decoded as they are sent, never all at once), and come back
// in any order; they are put back in corpus order, so the result is `extractQuotes`'s exactly.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../cache/ts-worker.ts';
import type { Corpus, Passage } from '../corpus/types.ts';
import { articleKeyOf, assemble, byArticle, type ArticleExtraction, type ArticleRun, type ExtractedQuotes } from './extract.ts';
import type { ArticleTexts, ExtractReply, ExtractRequest } from './extract-worker.ts';

export interface ThreadOptions {
  /** How many threads (default: one per core, at most 4). */
  threads?: number;
  /** Told as articles are done: passages done of the total. */
  onProgress?: (done: number, total: number) => void;
}

const WORKER = new URL('./extract-worker.ts', import.meta.url);
/** A batch: enough passages that messages cost little, few enough that progress moves. */
const BATCH_PASSAGES = 1000;
/** Batches a thread holds at once: one at work, one waiting, so it never idles on the main thread. */
const IN_FLIGHT = 2;

interface Batch {
  runs: ArticleRun[];
  request: ExtractRequest;
  passages: number;
}

/** `extractQuotes(corpus, saved)` on worker threads; rejects if a thread fails. */
export async function extractQuotesOnThreads(corpus: Corpus, saved: ReadonlyMap<string, ArticleExtraction>, options: ThreadOptions = {}): Promise<ExtractedQuotes> {
  const total = corpus.passages.length;
  const runs: ArticleRun[] = [];
  let done = 0;
  const batches = batchesOf(corpus.passages, saved, runs, (n) => options.onProgress?.((done += n), total));
  const count = Math.max(1, Math.min(options.threads ?? availableParallelism(), 4));
  const workers = Array.from({ length: count }, () => startTsWorker(WORKER));
  try {
    await Promise.all(workers.map((w) => feed(w, batches, (n) => options.onProgress?.((done += n), total))));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return assemble(runs);
}

/**
 * The corpus's articles in order, each pushed onto `runs` as it is met: reused ones are complete at
 * once (`reused` told their passages); the others are batched, to be filled in when their batch returns.
 */
function* batchesOf(passages: readonly Passage[], saved: ReadonlyMap<string, ArticleExtraction>, runs: ArticleRun[], reused: (n: number) => void): Generator<Batch> {
  let batch: Batch = emptyBatch();
  for (const article of byArticle(passages)) {
    const source = article[0]!.source;
    const lines = article.map((p) => p.line);
    const texts = article.map((p) => p.text);
    const key = articleKeyOf(source, lines, texts);
    const had = saved.get(key);
    const run: ArticleRun = { source, count: article.length, key, one: had ?? { quotes: [], fullNames: [], genders: [] }, fresh: !had };
    runs.push(run);
    if (had) {
      reused(article.length);
      continue;
    }
    batch.runs.push(run);
    batch.request.articles.push({ source, lines, texts } satisfies ArticleTexts);
    batch.passages += article.length;
    if (batch.passages >= BATCH_PASSAGES) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.runs.length > 0) yield batch;
}

let nextId = 0;
const emptyBatch = (): Batch => ({ runs: [], request: { id: nextId++, articles: [] }, passages: 0 });

/** Keeps one thread busy with batches until there are none left; resolves when its last reply is in. */
function feed(worker: Worker, batches: Generator<Batch>, onDone: (passages: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, Batch>();
    const send = () => {
      while (waiting.size < IN_FLIGHT) {
        const next = batches.next();
        if (next.done) break;
        waiting.set(next.value.request.id, next.value);
        worker.postMessage(next.value.request);
      }
      if (waiting.size === 0) resolve();
    };
    worker.on('message', (reply: ExtractReply) => {
      const batch = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply || !batch) return reject(new Error(`quotes: an extraction thread failed (${'error' in reply ? reply.error : 'unknown batch'})`));
      reply.results.forEach((one, i) => (batch.runs[i]!.one = one));
      onDone(batch.passages);
      send();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => waiting.size > 0 && reject(new Error(`quotes: an extraction thread stopped (exit ${code})`)));
    send();
  });
}
