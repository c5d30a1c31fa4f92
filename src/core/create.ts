// Builds the core from a folder of articles: load, index, extract quotes.
import { loadCorpus } from '../corpus/load.ts';
import { openSearchEngine } from '../search/persist.ts';
import { createQuoteBook } from '../quotes/book.ts';
import type { Core } from './core.ts';

export interface CreateCoreOptions {
  dataDir: string;
  /** Where a saved index may be kept between runs. */
  cacheDir?: string;
  /** Told once per file that could not be read. */
  warn?: (message: string) => void;
}

export async function createCore({ dataDir, cacheDir, warn }: CreateCoreOptions): Promise<Core> {
  const { corpus, warnings } = await loadCorpus(dataDir);
  for (const w of warnings) warn?.(w);
  const articles = new Map(corpus.articles.map((a) => [a.source, a]));
  const { engine } = await openSearchEngine(corpus, { dataDir, cacheDir, warn });
  return {
    corpus,
    search: engine,
    quotes: createQuoteBook(corpus),
    articleOf: (source) => articles.get(source),
  };
}
