// Builds a corpus from literal paragraphs, one article per entry, for search tests.
import { parseArticle } from '../../src/corpus/article.ts';
import type { Corpus, Passage } from '../../src/corpus/types.ts';

export function corpusOf(articles: Record<string, string[]>): Corpus {
  const list = Object.entries(articles).map(([source, paragraphs]) => {
    const title = paragraphs[0]!;
    const passages: Passage[] = paragraphs.slice(1).map((text, i) => ({ source, line: 2 * i + 3, heading: null, title, text }));
    return { source, title, outlet: null, url: null, date: null, passages };
  });
  return { articles: list, passages: list.flatMap((a) => a.passages) };
}

/** A corpus of article files' lines, each read as the loader reads a file (title, headings, captions, lines). */
export function parsedCorpusOf(files: Record<string, string[]>): Corpus {
  const articles = Object.entries(files).map(([source, lines]) => parseArticle(source, lines.join('\n')).article);
  return { articles, passages: articles.flatMap((a) => a.passages) };
}

/** `source:line` of each hit, best first. */
export const cites = (hits: { passage: Passage }[]): string[] => hits.map((h) => `${h.passage.source}:${h.passage.line}`);
