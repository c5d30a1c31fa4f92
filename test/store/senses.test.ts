// A replica's sentence-encoder vectors across a reload: the same answers as a replica that opens the
// store afresh, with only the rows of a rewritten file read again (the rest copied from the snapshot
// replaced), and everything read again once the sense model was written anew; an archive embedded
// before passages were read under their headings keeps the vectors of those with no heading.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { ENCODER_DIMENSIONS } from '../../src/search/semantic/encoder.ts';
import { embeddedTexts } from '../../src/search/semantic/windows.ts';
import { openPool } from '../../src/store/db.ts';
import { indexDataDir } from '../../src/store/index-run.ts';
import { StoredSenses } from '../../src/store/senses-read.ts';
import { insertSenses, SENSE_BLOB, SENSE_MODEL, SENSE_MODEL_BEFORE_HEADINGS, senseRow, useSenseModel, writeSenses } from '../../src/store/senses-write.ts';
import { servedCount } from '../../src/store/serving.ts';
import { writeBlob } from '../../src/store/state.ts';
import { tempArticles } from '../helpers/articles.ts';
import { recordingEncoder } from '../search/encoders.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';

const skip = pgSkipReason();
const D = ENCODER_DIMENSIONS;
const article = (title: string, ...paragraphs: string[]) => [title, ...paragraphs].join('\n\n');
const FILES = {
  'harbour.txt': article('Harbour', 'The ferry terminal will open in March.', 'Fishermen fear the works will block the slipway.'),
  'library.txt': article('Library', 'The central library will stay open until ten at night.'),
  'zoo.txt': article('Zoo', 'Twin pandas arrived at the city zoo on Friday.', 'Keepers named them after two rivers.'),
};
const noQuestions = async (): Promise<null> => null;

/** `count` made-up unit vectors, the same for the same seed. */
function unitVectors(seed: number, count: number): Float32Array {
  const out = new Float32Array(count * D);
  let x = seed * 7919 + 1;
  for (let w = 0; w < count; w++) {
    const row = out.subarray(w * D, (w + 1) * D);
    for (let i = 0; i < D; i++) row[i] = (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5;
    const norm = Math.hypot(...row);
    for (let i = 0; i < D; i++) row[i]! /= norm;
  }
  return out;
}

/** Vectors for the served passages that have none, as `npm run index` stores them (two windows for an even row id). */
async function embedMissing(pool: pg.Pool): Promise<void> {
  await useSenseModel(pool);
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM passages p WHERE served AND NOT EXISTS (SELECT 1 FROM passage_senses s WHERE s.id = p.id)');
  const windows = (id: string) => (Number(id) % 2 === 0 ? 2 : 1);
  await insertSenses(pool, rows.map((r) => senseRow(r.id, unitVectors(Number(r.id), windows(r.id)), 0, windows(r.id))));
}

/** The pool, counting the rows of vectors its queries gave, and its queries of the vectors' table. */
function counting(pool: pg.Pool): { db: Pick<pg.Pool, 'query'>; vectorRows: () => number; queries: () => number } {
  let rows = 0;
  let queries = 0;
  const query = async (text: string, values?: unknown[]) => {
    const result = await pool.query(text, values);
    if (/\bvectors\b.*FROM passage_senses/su.test(text)) rows += result.rowCount ?? 0;
    if (/FROM passage_senses/u.test(text)) queries++;
    return result;
  };
  return { db: { query: query as pg.Pool['query'] }, vectorRows: () => rows, queries: () => queries };
}

describe.skipIf(skip !== '')("a replica's sentence vectors after a reload", () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('answer as a fresh replica does, reading only the vectors of the rows that changed', async () => {
    const dir = await tempArticles(FILES);
    await indexDataDir(pool, dir, { quoteBook: false });
    await embedMissing(pool);
    // A first open (nothing to reuse) reads every row's vectors in one query.
    const opening = counting(pool);
    const first = await StoredSenses.open(opening.db, await servedCount(pool), 100, noQuestions);
    expect(first?.count).toBeGreaterThan(0);
    expect([opening.queries(), opening.vectorRows()]).toEqual([1, await servedCount(pool)]);

    await writeFile(path.join(dir, 'zoo.txt'), article('Zoo', 'The pandas settled in well.', 'Visitors queued for an hour.', 'The zoo extended its opening hours.'));
    await indexDataDir(pool, dir, { quoteBook: false });
    await embedMissing(pool);
    const served = await servedCount(pool);
    const reloading = counting(pool);
    const reloaded = await StoredSenses.open(reloading.db, served, 100, noQuestions, first);
    const fresh = await StoredSenses.open(pool, served, 100, noQuestions);
    const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM passages WHERE served AND source = 'zoo.txt'");
    expect(reloading.vectorRows()).toBe(Number(rows[0]!.n));
    expect(reloaded?.count).toBe(fresh?.count);
    for (let seed = 1; seed <= 6; seed++) {
      const q = unitVectors(1000 + seed, 1);
      const hits = fresh!.nearest(q, served);
      expect(reloaded!.nearest(q, served)).toEqual(hits);
      for (const h of hits) expect(reloaded!.cosine(q, h.id)).toBe(fresh!.cosine(q, h.id));
    }

    // The model written anew (another indexer's, then this one's again): nothing is taken from before.
    await writeBlob(pool, SENSE_BLOB, SENSE_MODEL, Buffer.from(SENSE_MODEL));
    const afterModel = counting(pool);
    await StoredSenses.open(afterModel.db, served, 100, noQuestions, reloaded);
    expect([afterModel.queries(), afterModel.vectorRows()]).toEqual([1, served]);
  }, 60_000);

  it('embedded before headings were read: only the passages under a heading are embedded again, as in-process', async () => {
    const dir = await tempArticles({ 'port.md': '# Port\n\nCranes arrived on Monday.\n\n## Dredging\n\nThe channel will be deepened next year.\n' });
    await indexDataDir(pool, dir, { quoteBook: false });
    await embedMissing(pool);
    await writeBlob(pool, SENSE_BLOB, SENSE_MODEL_BEFORE_HEADINGS, Buffer.from(SENSE_MODEL_BEFORE_HEADINGS));
    const kept = async (headed: boolean) =>
      (
        await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM passages p JOIN passage_senses s ON s.id = p.id WHERE p.served AND (p.heading IS NOT NULL) = $1`,
          [headed],
        )
      ).rows[0]!.n;
    const before = await kept(false);
    expect(Number(await kept(true))).toBeGreaterThan(0);
    await useSenseModel(pool);
    expect([await kept(true), await kept(false)]).toEqual(['0', before]);
    // The next index run embeds them again, read as in-process: on their own and after their heading.
    const encoder = recordingEncoder(() => 0);
    await writeSenses(pool, { maxPassages: 100, encoder: () => encoder });
    const { passages } = (await loadCorpus(dir)).corpus;
    const { texts, firsts } = embeddedTexts(passages);
    const underHeading = passages.flatMap((p, d) => (p.heading ? texts.slice(firsts[d]!, firsts[d + 1]!) : []));
    expect(underHeading).toContain('Dredging: The channel will be deepened next year.');
    expect(encoder.texts).toEqual(underHeading);
    expect(await kept(true)).not.toBe('0');
  }, 60_000);
});
