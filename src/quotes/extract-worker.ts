// A quote-extraction thread (`threads.ts` starts it): reads the articles of each message and posts
// back what each yields. Articles are read on their own (extract.ts), so any thread may take any.
import { parentPort } from 'node:worker_threads';
import { extractOne, passagesOf, type ArticleExtraction } from './extract.ts';

/** One article's passages, as plain columns: a thread needs only their file, lines and texts. */
export interface ArticleTexts {
  source: string;
  lines: number[];
  texts: string[];
}

export interface ExtractRequest {
  id: number;
  articles: ArticleTexts[];
}

export type ExtractReply = { id: number; results: ArticleExtraction[] } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', ({ id, articles }: ExtractRequest) => {
    try {
      port.postMessage({ id, results: articles.map((a) => extractOne(passagesOf(a.source, a.lines, a.texts))) } satisfies ExtractReply);
    } catch (err) {
      port.postMessage({ id, error: String(err) } satisfies ExtractReply);
    }
  });
}
