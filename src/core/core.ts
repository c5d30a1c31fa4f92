// The core every adapter shares: the loaded corpus, its search index and its quote book.
import type { Corpus } from '../corpus/types.ts';
import type { SearchEngine } from '../search/types.ts';
import type { QuoteBook } from '../quotes/types.ts';

export interface Core {
  corpus: Corpus;
  search: SearchEngine;
  quotes: QuoteBook;
  /** Outlet and URL of each article by source file, for citations. */
  articleOf(source: string): { title: string; outlet: string | null; url: string | null } | undefined;
}
