// After `npm run index` wrote the files: the loader's cross-file step (`loader-parts.ts`), worked
// out over the whole corpus, recorded on the rows so that a replica can serve passages straight
// from the table: which passages and articles the step keeps (`served`), and under which passage
// shared text lists its other places (`also`). Only rows whose marks change are written.
import type pg from 'pg';
import type { Corpus, Place } from '../corpus/types.ts';

const key = (source: string, line: number) => `${source}\0${line}`;

export async function markServed(pool: pg.Pool, corpus: Corpus): Promise<{ passages: number; articles: number }> {
  const kept = new Map(corpus.passages.map((p) => [key(p.source, p.line), p.also ?? null]));
  const stored = (await pool.query<{ source: string; line: number; served: boolean; also: Place[] | null }>('SELECT source, line, served, also FROM passages')).rows;
  const changed = stored.flatMap((r) => {
    const k = key(r.source, r.line);
    const served = kept.has(k);
    const also = kept.get(k) ?? null;
    return served === r.served && JSON.stringify(also) === JSON.stringify(r.also) ? [] : [{ ...r, served, also }];
  });
  if (changed.length > 0) {
    await pool.query(
      `UPDATE passages p SET served = c.served, also = c.also FROM unnest($1::text[], $2::int[], $3::boolean[], $4::jsonb[]) AS c(source, line, served, also)
       WHERE p.source = c.source AND p.line = c.line`,
      [changed.map((c) => c.source), changed.map((c) => c.line), changed.map((c) => c.served), changed.map((c) => (c.also ? JSON.stringify(c.also) : null))],
    );
  }
  const sources = corpus.articles.map((a) => a.source);
  const articles = await pool.query('UPDATE articles SET served = (source = ANY($1)) WHERE served <> (source = ANY($1))', [sources]);
  return { passages: changed.length, articles: articles.rowCount ?? 0 };
}
