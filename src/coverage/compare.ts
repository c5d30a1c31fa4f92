// Coverage across outlets: for one topic, the best passage of each article (or outlet) that really
// addresses it, side by side, and the articles that do not ("not covered by").
import type { Article, Passage } from '../corpus/types.ts';
import type { Span } from '../text/spans.ts';
import type { SearchHit } from '../search/types.ts';
import { addresses, topicWords } from './topic.ts';
import type { ArticleFilter, CoverageCore } from './types.ts';

/** How many passages the search reads for a comparison: enough for every article of a few hundred. */
export const COMPARE_CANDIDATES = 200;

export interface CompareOptions {
  /** One passage per article (default) or per outlet (articles without an outlet count as their own). */
  per?: 'article' | 'outlet';
  filter?: ArticleFilter;
}

export interface Coverage {
  article: Article;
  passage: Passage;
  excerpt: Span[];
  score: number;
}

export interface Comparison {
  topic: string;
  /** Best passage first. */
  covered: Coverage[];
  /** Articles (within the filter) that do not address the topic, in corpus order. */
  missing: Article[];
}

export async function compareCoverage(core: CoverageCore, topic: string, options: CompareOptions = {}): Promise<Comparison> {
  const words = topicWords(topic);
  const filter = options.filter ?? (() => true);
  const hits = await core.search.search(topic, { limit: COMPARE_CANDIDATES });
  const best = new Map<string, Coverage>();
  for (const hit of hits) {
    const article = core.articleOf(hit.passage.source);
    if (!article || !filter(article) || !addresses(hit, words)) continue;
    const key = options.per === 'outlet' ? (article.outlet ?? article.source) : article.source;
    if (!best.has(key)) best.set(key, coverage(article, hit));
  }
  const covered = [...best.values()];
  const shown = new Set(covered.map((c) => c.article.source));
  const outlets = new Set(covered.map((c) => c.article.outlet).filter((o) => o !== null));
  const missing = core.corpus.articles.filter(
    (a) => filter(a) && !shown.has(a.source) && !(options.per === 'outlet' && a.outlet !== null && outlets.has(a.outlet)),
  );
  return { topic, covered, missing };
}

const coverage = (article: Article, hit: SearchHit): Coverage => ({ article, passage: hit.passage, excerpt: hit.excerpt, score: hit.score });
