// The quote data of a corpus made on a thread of its own (`book-worker.ts`), for a bot that must keep
// answering while it is made (a live change). The main thread only hashes each article into its key
// and hands the thread the keys, then the texts of the articles the thread has no saved extraction
// for, letting waiting work run every ~50 ms (reading a saved corpus's texts decodes them).
import type { Worker } from 'node:worker_threads';
import { inSlices } from '../cache/slices.ts';
import { startTsWorker } from '../cache/ts-worker.ts';
import type { Corpus, Passage } from '../corpus/types.ts';
import type { QuoteData } from './book.ts';
import type { ArticleKeys, BookReply, BookRequest } from './book-worker.ts';
import { articleKey, byArticle } from './extract.ts';
import type { ExtractionFiles } from './persist.ts';

const WORKER = new URL('./book-worker.ts', import.meta.url);

/** What `extractReusing` would give for `corpus` (reusing and updating the saved extractions in `files`). */
export async function quoteDataInBackground(corpus: Corpus, files: ExtractionFiles | undefined, warn?: (m: string) => void): Promise<QuoteData> {
  const worker = startTsWorker(WORKER, { bookWorker: true });
  try {
    const next = replies(worker, warn);
    const articles: Passage[][] = [];
    await inSlices(byArticle(corpus.passages), (batch) => worker.postMessage({ articles: batch.map((a) => (articles.push(a), keysOf(a))) } satisfies BookRequest));
    worker.postMessage({ keysDone: true, files } satisfies BookRequest);
    const { need } = (await next()) as { need: number[] };
    await inSlices(need.values(), (batch) => worker.postMessage({ texts: batch.map((i) => [i, articles[i]!.map((p) => p.text)]) } satisfies BookRequest));
    worker.postMessage({ end: true } satisfies BookRequest);
    return ((await next()) as { data: QuoteData }).data;
  } finally {
    await worker.terminate();
  }
}

function keysOf(article: readonly Passage[]): ArticleKeys {
  const { source } = article[0]!;
  const lines = article.map((p) => p.line);
  const also = article.flatMap((p, i): [number, NonNullable<Passage['also']>][] => (p.also ? [[i, p.also]] : []));
  return { source, lines, key: articleKey(article), ...(also.length > 0 && { also }) };
}

/** The thread's replies in order (its warnings told as they come); rejects once it fails or stops. */
function replies(worker: Worker, warn?: (m: string) => void): () => Promise<BookReply> {
  const queue: BookReply[] = [];
  let waiting: { resolve: (r: BookReply) => void; reject: (e: Error) => void } | undefined;
  let failed: Error | undefined;
  const fail = (err: Error) => ((failed ??= err), waiting?.reject(failed));
  worker.on('message', (m: BookReply) => {
    if ('warn' in m) return warn?.(m.warn);
    if ('error' in m) return fail(new Error(`quotes: the book thread failed (${m.error})`));
    const told = waiting;
    waiting = undefined;
    if (told) told.resolve(m);
    else queue.push(m);
  });
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`quotes: the book thread stopped (exit ${code})`)));
  return () => {
    const ready = queue.shift();
    if (ready) return Promise.resolve(ready);
    if (failed) return Promise.reject(failed);
    return new Promise((resolve, reject) => (waiting = { resolve, reject }));
  };
}
