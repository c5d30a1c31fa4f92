// The whole stored corpus in a replica's memory, read only when a command needs more than search
// hits and their articles (/sources, /quote, /speakers, /context, the passages dump): the corpus as
// the loader gives it, its quote book, and for `source: 'local'` the in-process index over it.
import type pg from 'pg';
import type { Article, Corpus } from '../corpus/types.ts';
import { extractQuoteData, quoteBookFrom, type FullQuoteBook } from '../quotes/book.ts';
import type { QuoteBook } from '../quotes/types.ts';
import { createSearchEngine, restoreSearchEngine, type LocalSearchEngine } from '../search/engine.ts';
import { indexFingerprint } from '../search/persist.ts';
import { SEARCH_BLOB } from './index-run.ts';
import { readQuoteBook } from './quote-store.ts';
import { readCorpus } from './read-corpus.ts';
import { readBlob, writeBlob } from './state.ts';

export interface Whole {
  corpus: Corpus;
  articles: Map<string, Article>;
  quotes: QuoteBook;
  /** With `localSearch`: the in-process engine over this corpus. */
  search?: LocalSearchEngine;
}

export async function loadWhole(pool: pg.Pool, version: number, { warn, localSearch = false }: { warn?: (m: string) => void; localSearch?: boolean }): Promise<Whole> {
  const { corpus, warnings } = await readCorpus(pool);
  for (const w of warnings) warn?.(w);
  const data = await readQuoteBook(pool, version);
  let book: FullQuoteBook | undefined;
  // Not made for this version yet (`npm run index` writes it next): extracted here at first use.
  const get = (): FullQuoteBook => (book ??= quoteBookFrom(corpus, data ?? extractQuoteData(corpus)));
  const quotes: QuoteBook = {
    speakers: () => get().speakers(),
    findSpeaker: (name) => get().findSpeaker(name),
    suggest: (name, max) => get().suggest(name, max),
    quotesBy: (speaker, about) => get().quotesBy(speaker, about),
    alsoNamed: (name) => get().alsoNamed(name),
    longestName: () => get().longestName(),
  };
  const articles = new Map(corpus.articles.map((a) => [a.source, a]));
  return { corpus, articles, quotes, ...(localSearch && { search: await openEngine(pool, corpus, warn) }) };
}

/** The in-process index saved in the store for this corpus and engine code, else built here and saved for the others. */
async function openEngine(pool: pg.Pool, corpus: Corpus, warn?: (message: string) => void): Promise<LocalSearchEngine> {
  const key = await indexFingerprint(corpus);
  const saved = await readBlob(pool, SEARCH_BLOB, key);
  if (saved) {
    try {
      return restoreSearchEngine(corpus, saved);
    } catch (err) {
      warn?.(`The search index saved in the database could not be loaded (${String(err)}); rebuilding it.`);
    }
  }
  const engine = createSearchEngine(corpus);
  await writeBlob(pool, SEARCH_BLOB, key, engine.local.serialize()).catch((err: unknown) => warn?.(`Could not save the search index in the database (${String(err)}).`));
  return engine;
}
