// What the coverage engine reads from the core: the search seam, the articles and their metadata.
import type { Article, Corpus } from '../corpus/types.ts';
import type { SearchEngine } from '../search/types.ts';

export interface CoverageCore {
  corpus: Pick<Corpus, 'articles'>;
  search: Pick<SearchEngine, 'search'>;
  articleOf(source: string): Article | undefined;
}

/** Narrows the articles a command looks at (`since:`, `until:`, `outlet:`); absent: all of them. */
export type ArticleFilter = (article: Article) => boolean;
