// A replica's articles without their text: every served article's metadata (title, outlet, URL,
// date, count of passages) in memory; the passages of recent search hits, held with their
// articles' metadata so citations (which read the cited passage's heading) and /ask's JSON read
// them synchronously; and whole articles fetched on demand (/context, a page of quotes), kept in
// a bounded cache.
import type pg from 'pg';
import type { Article, Passage, Place } from '../corpus/types.ts';
import { byFileName } from './loader-parts.ts';

/** Whole articles kept at most (/context reads one, a page of quotes the few it cites). */
const KEPT = 200;
/** Articles whose search hits are held at most (a reply cites a few; a filtered /ask or compare reads up to 200). */
const HELD = 400;

type Meta = Omit<Article, 'passages'>;
type MetaRow = Meta & { passages: number };

export class StoredArticles {
  /** Recently fetched articles with their passages, oldest first. */
  private readonly kept = new Map<string, Article>();
  /** Articles with only the passages recent searches found in them, oldest first. */
  private readonly held = new Map<string, Article>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly meta: Map<string, Meta>,
    /** Each served article's count of served passages. */
    private readonly counts: Map<string, number>,
  ) {}

  static async open(db: Pick<pg.PoolClient, 'query'>, pool: pg.Pool): Promise<StoredArticles> {
    const { rows } = await db.query<MetaRow>('SELECT source, title, outlet, url, date, passages FROM articles WHERE served');
    rows.sort(byFileName);
    return new StoredArticles(pool, new Map(rows.map(({ passages: _n, ...r }) => [r.source, r])), new Map(rows.map((r) => [r.source, r.passages])));
  }

  /** How many passages the article serves (0 when it is not served). */
  passageCount(source: string): number {
    return this.counts.get(source) ?? 0;
  }

  get size(): number {
    return this.meta.size;
  }

  /** Every served article's metadata, in file order, with no passages (they are not in memory). */
  outlines(): Article[] {
    return [...this.meta.values()].map((m) => ({ ...m, passages: [] }));
  }

  /** The article with its passages when fetched recently (else the passages searches found in it, else none); undefined when not served. */
  get(source: string): Article | undefined {
    const meta = this.meta.get(source);
    return meta && (this.kept.get(source) ?? this.held.get(source) ?? { ...meta, passages: [] });
  }

  /** Holds search hits' passages with their articles' metadata (their citations and JSON read nothing else). */
  hold(passages: readonly Passage[]): void {
    for (const p of passages) {
      const meta = this.meta.get(p.source);
      if (!meta || this.kept.has(p.source)) continue;
      let article = this.held.get(p.source);
      if (!article) {
        if (this.held.size >= HELD) this.held.delete(this.held.keys().next().value!);
        this.held.set(p.source, (article = { ...meta, passages: [] }));
      }
      if (!article.passages.some((q) => q.line === p.line)) article.passages.push(p);
    }
  }

  /** Fetches the passages of those of `sources` not kept yet. */
  async fetch(sources: readonly string[]): Promise<void> {
    const missing = [...new Set(sources)].filter((s) => this.meta.has(s) && !this.kept.has(s));
    if (missing.length === 0) return;
    const { rows } = await this.pool.query<Omit<Passage, 'also'> & { also: Place[] | null }>(
      'SELECT source, line, heading, title, text, also FROM passages WHERE source = ANY($1) AND served ORDER BY source, ordinal',
      [missing],
    );
    const bySource = new Map<string, Passage[]>(missing.map((s) => [s, []]));
    for (const { also, ...p } of rows) bySource.get(p.source)!.push(also ? { ...p, also } : p);
    for (const [source, passages] of bySource) {
      if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(source, { ...this.meta.get(source)!, passages });
      this.held.delete(source);
    }
  }
}
