// The quote data of a corpus made on a thread of its own (`book-worker.ts`), for a bot that must keep
// answering while it is made (a live change). The main thread only hands the passages over, a slice
// at a time, letting waiting work run between slices (reading a saved corpus's texts decodes them).
import { startTsWorker } from '../cache/ts-worker.ts';
import type { Corpus } from '../corpus/types.ts';
import type { QuoteData } from './book.ts';
import type { BookReply, BookRequest, PassageColumns } from './book-worker.ts';
import type { ExtractionFiles } from './persist.ts';

const WORKER = new URL('./book-worker.ts', import.meta.url);
/** Passages handed over per slice: a few ms of the main thread each. */
const SLICE = 2000;

/** What `extractReusing` would give for `corpus` (reusing and updating the saved extractions in `files`). */
export async function quoteDataInBackground(corpus: Corpus, files: ExtractionFiles | undefined, warn?: (m: string) => void): Promise<QuoteData> {
  const worker = startTsWorker(WORKER, { bookWorker: true });
  try {
    const reply = new Promise<QuoteData>((resolve, reject) => {
      worker.on('message', (m: BookReply) => ('warn' in m ? warn?.(m.warn) : 'error' in m ? reject(new Error(`quotes: the book thread failed (${m.error})`)) : resolve(m.data)));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`quotes: the book thread stopped (exit ${code})`)));
    });
    reply.catch(() => undefined); // awaited below, once every slice is sent
    const { passages } = corpus;
    for (let from = 0; from < passages.length; from += SLICE) {
      const slice = passages.slice(from, from + SLICE).map(({ source, line, text, also }): PassageColumns => ({ source, line, text, ...(also && { also }) }));
      worker.postMessage({ passages: slice } satisfies BookRequest);
      await new Promise((resolve) => setImmediate(resolve));
    }
    worker.postMessage({ end: true, files } satisfies BookRequest);
    return await reply;
  } finally {
    await worker.terminate();
  }
}
