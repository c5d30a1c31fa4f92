// The thread that remakes the quote book after a live change (`background.ts` starts it): the saved
// per-article extractions read back, the changed articles read, the corpus-wide step, and both cache
// files written, all off the main thread, which keeps answering meanwhile (at 1M passages this work
// held it ~100 s). Articles come first as their keys and places only; the texts follow only for the
// articles whose extraction was not saved, so the corpus's text is not copied here.
import { parentPort, workerData } from 'node:worker_threads';
import type { Place } from '../corpus/types.ts';
import { finishExtraction, type QuoteData } from './book.ts';
import { assemble, extractOne, passagesOf, type ArticleExtraction, type ArticleRun } from './extract.ts';
import { keepExtraction, savedArticles, type ExtractionFiles } from './persist.ts';

/** One article by its key (`articleKeyOf`), with where syndicated copies of its passages sit (`also`, by passage). */
export interface ArticleKeys {
  source: string;
  lines: number[];
  key: string;
  also?: [number, Place[]][];
}

export type BookRequest =
  | { articles: ArticleKeys[] }
  /** Every article is in: the worker answers which it needs the texts of (`need`, by index). */
  | { keysDone: true; files?: ExtractionFiles }
  | { texts: [number, string[]][] }
  | { end: true };
export type BookReply = { need: number[] } | { data: QuoteData } | { warn: string } | { error: string };

const port = parentPort;
if (port && (workerData as { bookWorker?: boolean }).bookWorker) {
  const articles: ArticleKeys[] = [];
  const texts = new Map<number, string[]>();
  let saved: ReadonlyMap<string, ArticleExtraction> = new Map();
  let files: ExtractionFiles | undefined;
  const warn = (m: string) => port.postMessage({ warn: m } satisfies BookReply);
  port.on('message', (request: BookRequest) => {
    try {
      if ('articles' in request) articles.push(...request.articles);
      else if ('texts' in request) for (const [i, t] of request.texts) texts.set(i, t);
      else if ('keysDone' in request) {
        files = request.files;
        saved = files ? savedArticles(files, warn) : new Map();
        port.postMessage({ need: articles.flatMap((a, i) => (saved.has(a.key) ? [] : [i])) } satisfies BookReply);
      } else port.postMessage({ data: finish() } satisfies BookReply);
    } catch (err) {
      port.postMessage({ error: String(err) } satisfies BookReply);
    }
  });
  const finish = (): QuoteData => {
    const runs = articles.map((a, i): ArticleRun => {
      const had = saved.get(a.key);
      const one = had ?? extractOne(passagesOf(a.source, a.lines, texts.get(i) ?? [], a.also));
      return { source: a.source, count: a.lines.length, key: a.key, one, fresh: !had };
    });
    // The corpus-wide step reads only the passages' places and where their copies sit.
    const passages = articles.flatMap((a) => passagesOf(a.source, a.lines, [], a.also));
    const extraction = finishExtraction({ articles: [], passages }, assemble(runs));
    if (files) keepExtraction(files, extraction, warn);
    return extraction.data;
  };
}
