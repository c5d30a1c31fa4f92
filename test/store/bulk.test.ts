// `npm run index`'s bulk load (a first load: term indexes dropped and built after the rows, the
// corpus not read back) writes exactly what the file-by-file path writes, and leaves the store
// ready for the next incremental run.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPool } from '../../src/store/db.ts';
import { indexDataDir } from '../../src/store/index-run.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';
import { BINARY, STORE_ARTICLES } from './corpus.ts';

const skip = pgSkipReason();
if (skip) console.warn(skip);

/** Everything a replica reads, as text, in a stable order (ids aside: they are the rows' own). */
type Table = 'articles' | 'passages' | 'terms' | 'skipped' | 'quotes' | 'speakers';

async function contents(pool: pg.Pool): Promise<Record<Table, unknown[]>> {
  const q = async (sql: string) => (await pool.query(sql)).rows;
  return {
    articles: await q('SELECT source, content_hash, title, outlet, url, date, served, passages FROM articles ORDER BY source'),
    passages: await q(`SELECT source, ordinal, line, heading, title, text, terms, tfs, len, head_terms, head_tfs, head_len, title_terms, title_tfs, title_len, served, also
                       FROM passages ORDER BY source, ordinal`),
    terms: await q('SELECT term, df, head_df, title_df, surface FROM search_terms ORDER BY term'),
    skipped: await q('SELECT source, reason FROM skipped_files ORDER BY source'),
    quotes: await q('SELECT rank, speaker_key, quote FROM quotes ORDER BY rank'),
    speakers: await q('SELECT rank, key, speaker FROM speakers ORDER BY rank'),
  };
}

async function termIndexes(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'passages' AND indexdef LIKE '%USING gin%' ORDER BY indexname");
  return rows.map((r) => r.indexname);
}

describe.skipIf(skip !== '')('npm run index, bulk load', () => {
  const dbs: TestDatabase[] = [];
  const pools: pg.Pool[] = [];
  const dir = suiteArticles({
    ...STORE_ARTICLES,
    'broken.txt': BINARY,
    'harbour-copy.txt': `${STORE_ARTICLES['harbour.txt']}\n\nThe ferry terminal will open in the spring of next year, the authority said.\n`,
  });
  const store = async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    const pool = openPool(db.url);
    pools.push(pool);
    return pool;
  };

  afterAll(async () => {
    for (const p of pools) await p.end();
    for (const db of dbs) await db.drop();
  });

  it('writes the same rows, terms, marks and quote book as the file-by-file path', async () => {
    const [bulk, byFile] = [await store(), await store()];
    const loaded = await indexDataDir(bulk, dir, { bulkFiles: 1 });
    const written = await indexDataDir(byFile, dir, { bulkFiles: 1000 });
    expect(loaded.passages).toBe(written.passages);
    expect(loaded.quotes).toBeGreaterThan(0);
    expect(await contents(bulk)).toEqual(await contents(byFile));
    // The copy's shared lines are served once, citing the other place.
    const { rows } = await bulk.query<{ n: number }>('SELECT count(*)::int AS n FROM passages WHERE NOT served');
    expect(rows[0]!.n).toBeGreaterThan(0);
    expect(await termIndexes(bulk)).toEqual(['passages_head_terms', 'passages_terms', 'passages_title_terms']);
  });

  it('leaves the store ready for the next runs: unchanged is a no-op, a changed file is rewritten', async () => {
    const pool = await store();
    const first = await indexDataDir(pool, dir, { bulkFiles: 1 });
    const before = await contents(pool);
    const again = await indexDataDir(pool, dir, { bulkFiles: 1 });
    expect(again).toMatchObject({ added: [], changed: [], removed: [], version: first.version, passages: first.passages, quotes: first.quotes });
    expect(await contents(pool)).toEqual(before);
    await writeFile(path.join(dir, 'library.txt'), 'City library extends opening hours\n\nThe library will now open on Sundays as well, from noon until six.\n');
    const changed = await indexDataDir(pool, dir, { bulkFiles: 1 });
    expect(changed).toMatchObject({ changed: ['library.txt'], version: first.version + 1 });
    const fresh = await store();
    await indexDataDir(fresh, dir, { bulkFiles: 1000 });
    const [now, expected] = [await contents(pool), await contents(fresh)];
    expect(now.passages).toEqual(expected.passages);
    // Counts of the rewritten file's terms were taken off and added again (terms left at zero stay as rows).
    type Term = { term: string; df: number; head_df: number; title_df: number };
    const live = (terms: unknown[]) => (terms as Term[]).filter((t) => t.df + t.head_df + t.title_df > 0).map(({ term, df, head_df, title_df }) => ({ term, df, head_df, title_df }));
    expect(live(now.terms)).toEqual(live(expected.terms));
    expect(now.articles.map((a) => ({ ...(a as object), content_hash: null }))).toEqual(expected.articles.map((a) => ({ ...(a as object), content_hash: null })));
    expect(await termIndexes(pool)).toHaveLength(3);
  });
});
