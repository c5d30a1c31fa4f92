// After `npm run index` wrote the files: the loader's cross-file step (`loader-parts.ts`), worked
// out over the whole corpus, recorded on the rows so that a replica can serve passages straight
// from the table: which passages and articles the step keeps (`served`), and under which passage
// shared text lists its other places (`also`), and each article's count of served passages. Only rows whose marks change are written; the
// version marked is kept (`served_version`), so an unchanged archive is not worked out again.
import type pg from 'pg';
import type { Article, Corpus, Place } from '../corpus/types.ts';
import { readState, writeState } from './state.ts';

const key = (source: string, line: number) => `${source}\0${line}`;
/** `also` as compared: jsonb keeps an object's keys in its own order, so the places are compared as pairs. */
const places = (also: readonly Place[] | null | undefined): string => (also ? JSON.stringify(also.map((p) => [p.source, p.line])) : 'null');

type StoredMarks = { source: string; ordinal: number; line: number; served: boolean; also: Place[] | null };

/**
 * Marks the rows as `corpus` (the cross-file step's result) serves them. `written`: the articles
 * this run just wrote, when they are every row of the store, so the rows need not be read back to
 * be compared: inserted with their marks (`marked`), else all served with no `also`.
 */
export async function markServed(pool: pg.Pool, corpus: Corpus, version: number, written?: { articles: readonly Article[]; marked: boolean } | null): Promise<{ passages: number; articles: number }> {
  const kept = new Map(corpus.passages.map((p) => [key(p.source, p.line), p.also ?? null]));
  const stored: StoredMarks[] = written
    ? written.marked
      ? []
      : written.articles.flatMap((a) => a.passages.map((p, ordinal) => ({ source: p.source, ordinal, line: p.line, served: true, also: null })))
    : (await pool.query<StoredMarks>('SELECT source, ordinal, line, served, also FROM passages')).rows;
  const changed = stored.flatMap((r) => {
    const k = key(r.source, r.line);
    const served = kept.has(k);
    const also = kept.get(k) ?? null;
    return served === r.served && places(also) === places(r.also) ? [] : [{ ...r, served, also }];
  });
  if (changed.length > 0) {
    await pool.query(
      // By (source, ordinal), the rows' unique key: each row found through its index, not by a scan of every row.
      `UPDATE passages p SET served = c.served, also = c.also FROM unnest($1::text[], $2::int[], $3::boolean[], $4::jsonb[]) AS c(source, ordinal, served, also)
       WHERE p.source = c.source AND p.ordinal = c.ordinal`,
      [changed.map((c) => c.source), changed.map((c) => c.ordinal), changed.map((c) => c.served), changed.map((c) => (c.also ? JSON.stringify(c.also) : null))],
    );
  }
  // Served articles with their counts of passages; every other article is not served and counts none.
  const articles = await pool.query(
    `UPDATE articles a SET served = k.source IS NOT NULL, passages = coalesce(k.n, 0)
     FROM articles b LEFT JOIN unnest($1::text[], $2::int[]) AS k(source, n) ON k.source = b.source
     WHERE a.source = b.source AND (a.served <> (k.source IS NOT NULL) OR a.passages <> coalesce(k.n, 0))`,
    [corpus.articles.map((a) => a.source), corpus.articles.map((a) => a.passages.length)],
  );
  // What every replica's BM25 reads at start (`PostgresSource.open`): one scan here, not one per replica start.
  await pool.query(
    `INSERT INTO store_state (key, value) SELECT 'passage_stats', json_build_object('version', $1::int, 'n', count(*), 'a0', avg(len)::float8, 'a1', avg(head_len)::float8, 'a2', avg(title_len)::float8)::text
     FROM passages WHERE served ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [version],
  );
  await writeState(pool, 'served_version', String(version));
  return { passages: changed.length, articles: articles.rowCount ?? 0 };
}

/** Whether the marks were worked out for corpus `version`. */
export async function markedVersion(db: Pick<pg.Pool, 'query'>): Promise<number | null> {
  const value = await readState(db, 'served_version');
  return value === undefined ? null : Number(value);
}

/** How many passages the store serves. */
export async function servedCount(db: Pick<pg.Pool, 'query'>): Promise<number> {
  return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM passages WHERE served')).rows[0]!.n);
}
