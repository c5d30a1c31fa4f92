// The core every adapter shares: the loaded corpus, its search index and its quote book.
import type { Article, Corpus } from '../corpus/types.ts';
import type { SearchEngine } from '../search/types.ts';
import type { QuoteBook } from '../quotes/types.ts';

/**
 * What of the core a command reads: `search` (search hits and the articles they cite, the quote
 * book's speakers, articles fetched with `fetchArticles`), `articles` (that, and every article's
 * title, outlet, date and `passageCount`, from `corpus.articles`, whose passages may be empty) or
 * `corpus` (anything: the whole corpus). A core serving from a shared store holds the whole corpus
 * only once a command needs it.
 */
export type CoreScope = 'search' | 'articles' | 'corpus';

export interface Core {
  corpus: Corpus;
  search: SearchEngine;
  quotes: QuoteBook;
  /** The article of a source file (title, outlet, URL, its passages), for citations and context. */
  articleOf(source: string): Article | undefined;
  /** While the articles are still being read: how many of how many (total 0 when not known yet); null once all are in. */
  loading?(): { done: number; total: number } | null;
  /** When a file was read (ms since the epoch), for /sources. */
  readAt?(source: string): number | undefined;
  /** How many passages an article has (no source: the corpus), when `corpus` lists articles without their passages. */
  passageCount?(source?: string): number;
  /** Makes `articleOf` give these articles with their passages (a core serving from a shared store reads them now). */
  fetchArticles?(sources: readonly string[]): Promise<void>;
  /** Makes `scope` readable synchronously before a command runs (the router calls it); cores holding everything have none. */
  prepare?(scope: CoreScope): Promise<void>;
  /** Facts for health checks (the shared store's reachability), when the core has any. */
  status?(): Record<string, unknown>;
}
