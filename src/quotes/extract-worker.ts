// A quote-extraction thread (`threads.ts` starts it): reads the articles of each message and posts
// back what each yields. Articles are read on their own (extract.ts), so any thread may take any.
import { parentPort } from 'node:worker_threads';
import type { Passage } from '../corpus/types.ts';
import { extractOne, type ArticleExtraction } from './extract.ts';

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

/** The article's passages as extraction reads them (headings and titles play no part in it). */
export function passagesOf({ source, lines, texts }: ArticleTexts): Passage[] {
  return texts.map((text, i) => ({ source, line: lines[i]!, heading: null, title: '', text }));
}

const port = parentPort;
if (port) {
  port.on('message', ({ id, articles }: ExtractRequest) => {
    try {
      port.postMessage({ id, results: articles.map((a) => extractOne(passagesOf(a))) } satisfies ExtractReply);
    } catch (err) {
      port.postMessage({ id, error: String(err) } satisfies ExtractReply);
    }
  });
}
