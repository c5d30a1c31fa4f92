// Builds a corpus from literal paragraphs, one file each, for quote tests that need no loader.
import type { Article, Corpus, Passage } from '../../src/corpus/types.ts';
import { createQuoteBook } from '../../src/quotes/book.ts';

/** Paragraph k of a file starts on line 2k + 1 (one blank line between paragraphs). */
export function corpusOf(files: Record<string, string[]>): Corpus {
  const articles: Article[] = Object.entries(files).map(([source, paragraphs]) => {
    const title = paragraphs[0] ?? source;
    const passages: Passage[] = paragraphs.map((text, k) => ({ source, line: 2 * k + 1, heading: null, title, text }));
    return { source, title, outlet: null, url: null, date: null, passages };
  });
  return { articles, passages: articles.flatMap((a) => a.passages) };
}

/** The quote book of one made-up article. */
export function bookOf(...paragraphs: string[]) {
  return createQuoteBook(corpusOf({ 'story.txt': paragraphs }));
}

/** What each speaker is quoted as saying, texts only: `{ 'Dana Whitfield': ['…'] }`, unattributed under `null`. */
export function saidBy(...paragraphs: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const q of bookOf(...paragraphs).all()) (out[q.speaker ?? 'null'] ??= []).push(q.text);
  return out;
}
