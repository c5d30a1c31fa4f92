// Meaning in the store: `npm run index` stores each served passage's vectors as the in-process
// engine makes them, a replica finds through them a passage sharing no word with the question, and
// a rewritten file's vectors are replaced while every other row keeps its own.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/options.ts';
import { VectorIndex } from '../../src/search/semantic/vector-index.ts';
import { openWordTable } from '../../src/search/semantic/word-table.ts';
import { createStoreCore, type StoreCore } from '../../src/store/core.ts';
import { openPool } from '../../src/store/db.ts';
import { indexDataDir } from '../../src/store/index-run.ts';
import { StoredVectors } from '../../src/store/vectors-read.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { suiteTempDir } from '../helpers/temp-dir.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';

const skip = pgSkipReason();
const article = (title: string, text: string) => `${title}\n\n${text}\n`;
const FILES = {
  'autos.txt': article('Factory news', 'Toyota will lay off two thousand factory workers at its plant in Kentucky.'),
  'weather.txt': article('Forecast', 'Heavy rain and strong winds are forecast for the coast on Saturday.'),
  'sport.txt': article('Results', 'The home team won the final with a goal in the last minute.'),
  'music.txt': article('Charts', 'The singer topped the charts with her new album of love songs.'),
  'budget.txt': article('Council', 'The council approved a budget that raises taxes on property.'),
};
const CARMAKER = 'Which carmaker is cutting jobs?';
const STORMY = 'Will it be stormy by the sea this weekend?';

describe.skipIf(skip !== '')('passage vectors in the store', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const dir = suiteArticles(FILES);
  const cache = suiteTempDir('store-vectors-');
  const cores: StoreCore[] = [];
  const replica = async () => {
    const core = await createStoreCore({ databaseUrl: db.url, listen: false });
    cores.push(core);
    return core;
  };
  const first = async (core: StoreCore, q: string) => (await core.search.search(q))[0]?.passage.source;
  const stored = async () => (await pool.query<{ id: string; vector: Buffer; source: string }>('SELECT v.id, v.vector, p.source FROM passage_vectors v JOIN passages p USING (id) ORDER BY p.source')).rows;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
  });
  afterAll(async () => {
    for (const c of cores) await c.close();
    await pool?.end();
    await db?.drop();
  });

  it('are made by npm run index as in-process, and a replica answers by meaning a question sharing no word with the passage', async () => {
    const report = await indexDataDir(pool, dir, { cacheDir: cache });
    expect(report.vectors).toBe(5);
    const core = await replica();
    const hits = await core.search.search(CARMAKER);
    expect(hits[0]?.passage.source).toBe('autos.txt');
    expect(hits[0]?.passage.text).not.toMatch(/carmaker|cutting|jobs/i);
    expect(await first(core, STORMY)).toBe('weather.txt');
    // The same vectors as the in-process engine's for the same passages (same first component and axes).
    const { corpus } = await loadCorpus(dir);
    const local = await VectorIndex.build(corpus.passages, await openWordTable(cache), DEFAULT_SEARCH_OPTIONS.semantic.sifA);
    const vectors = (await StoredVectors.open(pool, pool))!;
    expect(vectors.count).toBe(corpus.passages.length);
    const q = local.embed(CARMAKER)!;
    expect(Array.from(vectors.embed(CARMAKER)!)).toEqual(Array.from(q));
    const ids = (await stored()).map((r) => Number(r.id));
    const bySource = new Map((await stored()).map((r) => [r.source, Number(r.id)]));
    const inProcess = corpus.passages.map((p, d) => [p.source, local.cosine(q, d)] as const);
    const fromStore = await vectors.cosines(q, ids);
    for (const [source, cosine] of inProcess) expect(fromStore[ids.indexOf(bySource.get(source)!)]).toBeCloseTo(cosine, 2);
    expect((await vectors.nearest(q, 1))[0]?.id).toBe(bySource.get('autos.txt'));
  }, 120_000);

  it("re-embeds only a rewritten file's passages, and a replica answers from its new vector", async () => {
    const before = await stored();
    expect((await indexDataDir(pool, dir, { cacheDir: cache })).vectors).toBe(0);
    await writeFile(path.join(dir, 'weather.txt'), article('Outlook', 'Gales and downpours will batter the shore on Saturday and Sunday.'));
    const report = await indexDataDir(pool, dir, { cacheDir: cache });
    expect(report).toMatchObject({ changed: ['weather.txt'], vectors: 1 });
    const after = await stored();
    // Every other row keeps its vector; the rewritten file's old row went with its vector.
    expect(after.filter((r) => r.source !== 'weather.txt')).toEqual(before.filter((r) => r.source !== 'weather.txt'));
    const [old, now] = [before, after].map((rows) => rows.find((r) => r.source === 'weather.txt')!);
    expect(now!.id).not.toBe(old!.id);
    expect(now!.vector.equals(old!.vector)).toBe(false);
    expect(after).toHaveLength(5);
    const core = await replica();
    const hits = await core.search.search(STORMY);
    expect(hits[0]?.passage.text).toContain('Gales and downpours');
    expect(await first(core, CARMAKER)).toBe('autos.txt');
  }, 120_000);
});

describe.skipIf(skip !== '')("the sentence encoder's vectors in the store (the real model, in its threads)", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const dir = suiteArticles({ ...FILES, 'food.txt': article('Business', 'The burger company said mounting debts forced it to seek court protection from its creditors.') });
  const cores: StoreCore[] = [];
  const BANKRUPT = 'Which fast food chain went bankrupt?';

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
  });
  afterAll(async () => {
    for (const c of cores) await c.close();
    await pool?.end();
    await db?.drop();
  });

  it('are made by npm run index for a small archive, and a replica finds by them a passage sharing no word with the question', async () => {
    await indexDataDir(pool, dir, { sentences: true });
    expect(Number((await pool.query('SELECT count(*) AS n FROM passage_senses')).rows[0].n)).toBe(6);
    const words = await createStoreCore({ databaseUrl: db.url, listen: false, embedQuestion: null });
    const meaning = await createStoreCore({ databaseUrl: db.url, listen: false, sentenceWaitMs: 60_000 });
    cores.push(words, meaning);
    const withSenses = await meaning.search.search(BANKRUPT);
    expect(withSenses[0]?.passage.source).toBe('food.txt');
    // Close in the encoder's sense, the passage is a good answer though it shares no word with the question.
    expect(withSenses[0]?.weak).toBe(false);
    // Asked again (its passages fetched anew, their readings kept from the first time): the same answer, by the same measure.
    expect(await meaning.search.search(BANKRUPT)).toEqual(withSenses);
    expect((await words.search.search(BANKRUPT))[0]?.weak ?? true).toBe(true);
    // A rewritten file: only its passage is embedded again.
    await writeFile(path.join(dir, 'sport.txt'), article('Results', 'The visitors drew the match after a late penalty.'));
    await indexDataDir(pool, dir, { sentences: true });
    const { rows } = await pool.query<{ source: string }>('SELECT p.source FROM passage_senses s JOIN passages p USING (id) ORDER BY s.id DESC LIMIT 1');
    expect(rows[0]?.source).toBe('sport.txt');
    expect(Number((await pool.query('SELECT count(*) AS n FROM passage_senses')).rows[0].n)).toBe(6);
  }, 180_000);
});
