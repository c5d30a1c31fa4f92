// Keeps what quote extraction found in the cache folder: at 100k passages extraction takes tens of
// seconds, and a bot restarted on the same articles should not wait for it again. Each article's
// extraction is kept too (keyed on its text and this code), so when one file changes only that
// file is read again.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../corpus/types.ts';
import { cachePath, readCacheSync, reason, writeCache, type Warn } from '../cache/cache-file.ts';
import type { ContentHash } from '../cache/content-hash.ts';
import { codeVersion } from '../cache/fingerprint.ts';
import { jsonSection, packSections, readJson, unpackSections } from '../cache/sections.ts';
import { createQuoteBook, createQuoteBookOnThreads, extractReusing, extractReusingOnThreads, quoteBookFrom, type Extraction, type FullQuoteBook, type QuoteData } from './book.ts';
import type { ThreadOptions } from './threads.ts';
import { quoteDataInBackground } from './background.ts';
import type { ArticleExtraction } from './extract.ts';

/** Bump when the saved layout changes. Extraction changes are caught by hashing its source. */
const FORMAT = 3;
const KIND = 'quote book';
const ARTICLES_KIND = 'quote extraction per article';
const HERE = fileURLToPath(import.meta.url);
const TEXT_KIT_DIR = path.resolve(path.dirname(HERE), '../text');

export interface SavedQuoteBook {
  /** Builds the book, from the saved extraction when it was made for this corpus and code. */
  open(): FullQuoteBook;
  /** The same book, with any extraction done on worker threads (telling progress): the main thread stays free meanwhile. */
  openOnThreads(options?: ThreadOptions): Promise<FullQuoteBook>;
  /** The same book made on a thread of its own, the main thread only handing it the passages (a live change): no progress told. */
  openInBackground(): Promise<FullQuoteBook>;
}

/** Where a corpus's quote data and per-article extractions are saved, and their keys. */
export interface ExtractionFiles {
  file: string;
  bookKey: string;
  articlesFile: string;
  codeKey: string;
}

/**
 * Prepares a quote book for the corpus without extracting anything yet: the key (a hash of the
 * corpus and of this module's code) is worked out now, the book at `open()`.
 */
export async function savedQuoteBook(
  corpus: Corpus,
  options: { dataDir: string; cacheDir?: string; contentHash: string | ContentHash; warn?: Warn },
): Promise<SavedQuoteBook> {
  const { cacheDir, dataDir, contentHash, warn } = options;
  const inBackground = async (files?: ExtractionFiles) => quoteBookFrom(corpus, await quoteDataInBackground(corpus, files, warn));
  if (!cacheDir) return { open: () => createQuoteBook(corpus), openOnThreads: (o) => createQuoteBookOnThreads(corpus, { ...o, warn }), openInBackground: () => inBackground() };
  const file = cachePath(cacheDir, dataDir, 'quotes');
  const articlesFile = cachePath(cacheDir, dataDir, 'quote-articles');
  // This folder's code, and the text kit it splits, tokenizes and folds with.
  const code = `${await codeVersion(path.dirname(HERE), HERE)} ${await codeVersion(TEXT_KIT_DIR, HERE)}`;
  // A corpus followed live passes its `ContentHash`: worked out only if quotes are asked for.
  const keyOf = (hash: string) => createHash('sha256').update(`format ${FORMAT}\0${code}\0${hash}`).digest('hex');
  const key = () => keyOf(typeof contentHash === 'string' ? contentHash : contentHash.now());
  const codeKey = createHash('sha256').update(`format ${FORMAT}\0${code}`).digest('hex');
  const readBack = (bookKey: string): FullQuoteBook | null => {
    const saved = readCacheSync(file, KIND, bookKey, warn);
    if (!saved) return null;
    try {
      return quoteBookFrom(corpus, parse(saved));
    } catch (err) {
      warn?.(`Saved ${KIND} ${file} is corrupt (${reason(err)}); rebuilding it.`);
      return null;
    }
  };
  const files = (bookKey: string): ExtractionFiles => ({ file, bookKey, articlesFile, codeKey });
  const keep = (bookKey: string, extraction: Extraction): FullQuoteBook => (keepExtraction(files(bookKey), extraction, warn), quoteBookFrom(corpus, extraction.data));
  return {
    open() {
      const bookKey = key();
      return readBack(bookKey) ?? keep(bookKey, extractReusing(corpus, savedArticles(files(bookKey), warn)));
    },
    async openOnThreads(threads) {
      const bookKey = key();
      return readBack(bookKey) ?? keep(bookKey, await extractReusingOnThreads(corpus, savedArticles(files(bookKey), warn), { ...threads, warn }));
    },
    async openInBackground() {
      const bookKey = typeof contentHash === 'string' ? key() : keyOf(await contentHash.later());
      return readBack(bookKey) ?? inBackground(files(bookKey));
    },
  };
}

/** Saves what extraction found: the corpus's quote data, and each article's extraction for next time. */
export function keepExtraction({ file, bookKey, articlesFile, codeKey }: ExtractionFiles, { data, articles }: Extraction, warn?: Warn): void {
  writeCache(file, KIND, bookKey, packSections([jsonSection(data)]), warn);
  writeCache(articlesFile, ARTICLES_KIND, codeKey, packSections([jsonSection(Object.fromEntries(articles))]), warn);
}

/** Each article's saved extraction by its key, when saved by this code; empty otherwise. */
export function savedArticles({ articlesFile: file, codeKey }: ExtractionFiles, warn?: Warn): Map<string, ArticleExtraction> {
  const saved = readCacheSync(file, ARTICLES_KIND, codeKey, warn);
  if (!saved) return new Map();
  try {
    const [json] = unpackSections(saved, 1) as [Buffer];
    return new Map(Object.entries(readJson<Record<string, ArticleExtraction>>(json)));
  } catch (err) {
    warn?.(`Saved ${ARTICLES_KIND} ${file} is corrupt (${reason(err)}); reading every article again.`);
    return new Map();
  }
}

function parse(payload: Buffer): QuoteData {
  const [json] = unpackSections(payload, 1) as [Buffer];
  const data = readJson<QuoteData>(json);
  if (!Array.isArray(data.quotes) || !Array.isArray(data.speakers)) throw new Error('unexpected layout');
  return data;
}
