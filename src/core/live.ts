// The core `npm start` serves from: it holds the current core and swaps in a new one whole when the
// articles change, so a request sees either the old corpus, index and quote book or the new ones,
// never a mix. Until the first load is done it serves an empty core and says how far reading got.
import type { Article, Corpus } from '../corpus/types.ts';
import { createQuoteBook } from '../quotes/book.ts';
import { createSearchEngine } from '../search/engine.ts';
import type { SearchEngine } from '../search/types.ts';
import type { QuoteBook } from '../quotes/types.ts';
import type { Core, CoreScope } from './core.ts';

/** What a swap changed, by file. */
export interface CoreChanges {
  added: Article[];
  changed: Article[];
  removed: Article[];
}

export class LiveCore implements Core {
  #current: Core;
  #loading: { done: number; total: number } | null = { done: 0, total: 0 };
  readonly #readAt = new Map<string, number>();

  constructor(initial: Core = emptyCore()) {
    this.#current = initial;
  }

  get corpus(): Corpus {
    return this.#current.corpus;
  }

  get search(): SearchEngine {
    return this.#current.search;
  }

  get quotes(): QuoteBook {
    return this.#current.quotes;
  }

  articleOf(source: string): Article | undefined {
    return this.#current.articleOf(source);
  }

  passageCount(source?: string): number {
    const core = this.#current;
    return core.passageCount?.(source) ?? (source === undefined ? core.corpus.passages.length : (core.articleOf(source)?.passages.length ?? 0));
  }

  fetchArticles(sources: readonly string[]): Promise<void> {
    return this.#current.fetchArticles?.(sources) ?? Promise.resolve();
  }

  prepare(scope: CoreScope): Promise<void> {
    return this.#current.prepare?.(scope) ?? Promise.resolve();
  }

  status(): Record<string, unknown> {
    return this.#current.status?.() ?? {};
  }

  loading(): { done: number; total: number } | null {
    return this.#loading;
  }

  readAt(source: string): number | undefined {
    return this.#readAt.get(source);
  }

  /** Reading progress before the first core is in. */
  noteReading(done: number, total: number): void {
    if (this.#loading) this.#loading = { done, total };
  }

  /** Serves `next` from now on; returns which files it added, changed or removed. */
  swap(next: Core, readAtMs = Date.now()): CoreChanges {
    const before = new Map(this.#current.corpus.articles.map((a) => [a.source, a]));
    const changes: CoreChanges = { added: [], changed: [], removed: [] };
    for (const a of next.corpus.articles) {
      const old = before.get(a.source);
      before.delete(a.source);
      // Followed file by file, an article that did not change is the same object: no need to compare it.
      const same = old === a || (old !== undefined && sameArticle(old, a));
      if (!old) changes.added.push(a);
      else if (!same) changes.changed.push(a);
      if (!same || !this.#readAt.has(a.source)) this.#readAt.set(a.source, readAtMs);
    }
    changes.removed = [...before.values()];
    for (const a of changes.removed) this.#readAt.delete(a.source);
    this.#current = next;
    this.#loading = null;
    return changes;
  }
}

function sameArticle(a: Article, b: Article): boolean {
  if (a.passages.length !== b.passages.length || a.title !== b.title) return false;
  return a.passages.every((p, i) => {
    const q = b.passages[i]!;
    return p.text === q.text && p.line === q.line && p.heading === q.heading;
  });
}

function emptyCore(): Core {
  const corpus: Corpus = { articles: [], passages: [] };
  return { corpus, search: createSearchEngine(corpus), quotes: createQuoteBook(corpus), articleOf: () => undefined };
}
