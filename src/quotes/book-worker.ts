// The thread that remakes the quote book after a live change (`background.ts` starts it): the saved
// per-article extractions read back, the changed articles read, the corpus-wide step, and both cache
// files written, all off the main thread, which keeps answering meanwhile (at 1M passages this work
// held it ~100 s). The passages come in slices; the quote data goes back in one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { Passage } from '../corpus/types.ts';
import { extractReusing, type QuoteData } from './book.ts';
import { keepExtraction, savedArticles, type ExtractionFiles } from './persist.ts';

/** One passage as extraction and the corpus-wide step read it (`also`: where syndicated copies of it sit). */
export type PassageColumns = Pick<Passage, 'source' | 'line' | 'text' | 'also'>;

export type BookRequest = { passages: PassageColumns[] } | { end: true; files?: ExtractionFiles };
export type BookReply = { data: QuoteData } | { warn: string } | { error: string };

const port = parentPort;
if (port && (workerData as { bookWorker?: boolean }).bookWorker) {
  const passages: Passage[] = [];
  const warn = (m: string) => port.postMessage({ warn: m } satisfies BookReply);
  port.on('message', (request: BookRequest) => {
    if ('passages' in request) {
      for (const p of request.passages) passages.push({ ...p, heading: null, title: '' });
      return;
    }
    try {
      const { files } = request;
      const extraction = extractReusing({ articles: [], passages }, files ? savedArticles(files, warn) : new Map());
      if (files) keepExtraction(files, extraction, warn);
      port.postMessage({ data: extraction.data } satisfies BookReply);
    } catch (err) {
      port.postMessage({ error: String(err) } satisfies BookReply);
    }
  });
}
