// `npm run index` into a real PostgreSQL database: the stored corpus is exactly what the loader
// reads from the folder; re-runs are incremental; replicas hear of changes through NOTIFY.
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { loadCorpus } from '../../src/corpus/load.ts';
import { allCommands } from '../../commands/index.ts';
import { createCore } from '../../src/core/create.ts';
import { LiveCore } from '../../src/core/live.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { openPool } from '../../src/store/db.ts';
import { indexDataDir } from '../../src/store/index-run.ts';
import { createStoreCore, type StoreCore } from '../../src/store/core.ts';
import type { SearchHit } from '../../src/search/types.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { runEntry } from '../helpers/run.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';
import { BINARY, STORE_ARTICLES } from './corpus.ts';
import { openVectors } from '../../src/search/semantic/open.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/options.ts';

const skip = pgSkipReason();
if (skip) console.warn(skip);

describe.skipIf(skip !== '')('the PostgreSQL store', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const dir = suiteArticles({ ...STORE_ARTICLES, 'broken.txt': BINARY });
  const cores: StoreCore[] = [];
  const open = async (listen = false) => {
    const core = await createStoreCore({ databaseUrl: db.url, listen });
    cores.push(core);
    return core;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
  });
  afterAll(async () => {
    for (const c of cores) await c.close();
    await pool?.end();
    await db?.drop();
  });

  it('stores what the loader reads: same articles, passages, lines, front matter, dropped furniture', async () => {
    const report = await indexDataDir(pool, dir);
    expect(report.added.sort()).toEqual(['broken.txt', 'harbour.txt', 'library.txt', 'market.md']);
    expect(report.skipped).toHaveLength(1);
    const core = await open();
    const { corpus } = await loadCorpus(dir);
    // Until a command needs the whole corpus, a replica holds the articles' metadata alone.
    expect(core.corpus.passages).toEqual([]);
    expect(core.corpus.articles.map((a) => a.title)).toEqual(corpus.articles.map((a) => a.title));
    await core.prepare!('corpus');
    expect(core.corpus).toEqual(corpus);
    // The line three files share is kept once, citing its other places (the loader's cross-file step).
    expect(core.corpus.passages.filter((p) => p.text === 'The council meets again on Thursday.')).toHaveLength(1);
    expect(core.articleOf('market.md')).toMatchObject({ outlet: 'Valley Courier', url: 'https://example.org/market', date: '2024-05-02' });
  });

  it('answers search and quotes as the in-process core does', async () => {
    const stored = await open();
    const storedLocal = await createStoreCore({ databaseUrl: db.url, listen: false, source: 'local' });
    cores.push(storedLocal);
    const local = await createCore({ dataDir: dir });
    // The store's replicas rank with the passage vectors `npm run index` stored: beside the in-process engine with its own.
    const withMeaning = await createCore({ dataDir: dir });
    withMeaning.search.attachVectors?.((await openVectors(withMeaning.corpus, { dataDir: dir, sifA: DEFAULT_SEARCH_OPTIONS.semantic.sifA })).vectors);
    const where = (hits: SearchHit[]) => hits.map((h) => ({ source: h.passage.source, line: h.passage.line, excerpt: h.excerpt }));
    for (const q of ['when does the library close at night?', 'who chairs the fishermen association?', 'market square in June']) {
      const expected = await local.search.search(q);
      expect(expected.length).toBeGreaterThan(0);
      // Candidates from the in-process index built from the stored corpus: the very same answer.
      expect(await storedLocal.search.search(q)).toEqual(expected);
      // Candidates from PostgreSQL (its own term statistics, no typo or word-family variants) and
      // its stored vectors: the same best passage and excerpt, and nothing the in-process engine would not also give.
      const meant = where(await withMeaning.search.search(q));
      const fromDb = where(await stored.search.search(q));
      expect(fromDb[0]).toEqual(meant[0]);
      for (const hit of fromDb) expect(meant).toContainEqual(hit);
    }
    // Text three files share is served once, citing its other places, as the loader keeps it.
    const shared = (hits: SearchHit[]) => hits.map((h) => h.passage).filter((p) => p.text === 'The council meets again on Thursday.');
    const council = shared(await stored.search.search('council meets again on Thursday'));
    expect(council).toHaveLength(1);
    expect(council).toEqual(shared(await local.search.search('council meets again on Thursday')));
    expect(council[0]!.also).toHaveLength(2);
    // A hit's article is held with it, so its citation reads the article and the passage's heading.
    const [hit] = await stored.search.search('market square in June');
    const { passages: _all, ...meta } = local.articleOf(hit!.passage.source)!;
    expect(stored.articleOf(hit!.passage.source)).toMatchObject(meta);
    expect(stored.articleOf(hit!.passage.source)!.passages).toContainEqual(hit!.passage);
    await stored.prepare!('corpus');
    expect(stored.quotes.speakers()).toEqual(local.quotes.speakers());
    expect(stored.quotes.quotesBy('Okafor').map((x) => x.text)).toEqual(['We waited a long time for this decision']);
  });

  it('lists, quotes, shows context and compares from the database without reading the whole corpus', async () => {
    const stored = await open();
    const local = await createCore({ dataDir: dir });
    const router = new CommandRouter(allCommands());
    const requests: [string, Record<string, unknown>][] = [
      ['sources', {}],
      ['context', { citation: 'harbour.txt:5' }],
      ['context', { citation: 'harbour.txt:4' }],
      ['speakers', {}],
      ['quote', { speaker: 'Okafor' }],
      ['quote', { speaker: 'marta okafor', about: 'decision' }],
      ['quote', { speaker: 'Okafor', about: 'library' }],
      ['quote', {}],
      ['compare', { topic: 'council meets again' }],
    ];
    // `npm start` serves either core through a LiveCore (read at the same time here).
    const [served, servedLocal] = [new LiveCore(), new LiveCore()];
    served.swap(stored, 0);
    servedLocal.swap(local, 0);
    for (const [name, args] of requests) {
      expect(await router.run(name, args, { core: stored }), `${name} ${JSON.stringify(args)}`).toEqual(await router.run(name, args, { core: local }));
      expect(await router.run(name, args, { core: served }), `${name} ${JSON.stringify(args)} (LiveCore)`).toEqual(await router.run(name, args, { core: servedLocal }));
    }
    // Counted, fetched and read per request: the replica still holds no passage of the corpus.
    expect(stored.corpus.passages).toEqual([]);
  });

  it('skips unchanged files, rewrites a changed one, deletes a removed one', async () => {
    const again = await indexDataDir(pool, dir);
    expect(again).toMatchObject({ added: [], changed: [], removed: [], unchanged: 4 });
    const before = again.version;
    await writeFile(path.join(dir, 'library.txt'), 'City library extends opening hours\n\nThe library will now open on Sundays as well, from noon until six.\n');
    await unlink(path.join(dir, 'market.md'));
    const changed = await indexDataDir(pool, dir);
    expect(changed).toMatchObject({ added: [], changed: ['library.txt'], removed: ['market.md'], unchanged: 2 });
    expect(changed.version).toBe(before + 1);
    const core = await open();
    await core.prepare!('corpus');
    expect(core.corpus).toEqual((await loadCorpus(dir)).corpus);
    expect(core.articleOf('market.md')).toBeUndefined();
    // Term statistics kept per file add up to a count over what is stored now.
    const { rows } = await pool.query(`SELECT count(*)::int AS wrong FROM search_terms s FULL JOIN (
        SELECT term, count(*)::int AS df FROM passages, unnest(terms) AS term GROUP BY term) r USING (term)
      WHERE coalesce(s.df, 0) <> coalesce(r.df, 0)`);
    expect(rows[0].wrong).toBe(0);
    // The furniture line is now in one file only: the loader keeps it, and so does the store.
    expect(core.corpus.passages.map((p) => p.text)).toContain('The council meets again on Thursday.');
  });

  it('a replica listening hears of a new version and answers from it', async () => {
    const replica = await open(true);
    const cathedral = async () => (await replica.search.search('cathedral square market')).filter((h) => h.passage.text.includes('cathedral'));
    expect(await cathedral()).toEqual([]);
    await writeFile(path.join(dir, 'fair.txt'), 'Autumn fair returns\n\nThe autumn fair returns to the cathedral square with forty stalls and a brass band.\n');
    const { version } = await indexDataDir(pool, dir);
    for (let i = 0; i < 100 && replica.version() < version; i++) await new Promise((r) => setTimeout(r, 50));
    expect(replica.version()).toBe(version);
    expect((await replica.search.search('cathedral square fair'))[0]?.passage.source).toBe('fair.txt');
  });
});

describe.skipIf(skip !== '')('npm run index and npm run cli with DATABASE_URL', () => {
  let db: TestDatabase;
  const dir = suiteArticles(STORE_ARTICLES);
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('every JSON command answers from the database as it does from the folder', async () => {
    const indexed = await runEntry('src/store/index-cli.ts', [], { env: { DATA_DIR: dir, DATABASE_URL: db.url } });
    expect(indexed.code).toBe(0);
    expect(JSON.parse(indexed.stdout)).toMatchObject({ added: 3, changed: 0, removed: 0 });
    const empty = await tempDir('coverage-bot-empty-');
    for (const args of [['sources'], ['passages'], ['speakers'], ['quote', 'Okafor'], ['context', 'harbour.txt:5'], ['compare', 'council meets again'], ['ask', 'ferry terminal review']]) {
      const fromDb = await runEntry('src/cli.ts', [...args, '--json'], { env: { DATA_DIR: empty, DATABASE_URL: db.url } });
      const fromFiles = await runEntry('src/cli.ts', [...args, '--json'], { env: { DATA_DIR: dir } });
      expect(fromDb.code, fromDb.stderr).toBe(0);
      // Scores come from each source's own term statistics; everything else is the same.
      expect(withoutScores(JSON.parse(fromDb.stdout))).toEqual(withoutScores(JSON.parse(fromFiles.stdout)));
    }
  }, 120_000);

  it('without DATABASE_URL, npm run index says what to set', async () => {
    const { code, stderr } = await runEntry('src/store/index-cli.ts', [], { env: { DATA_DIR: dir } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/DATABASE_URL is not set/);
  });
});

function withoutScores(json: { results?: { score?: number }[] }): unknown {
  return json.results ? { ...json, results: json.results.map(({ score: _score, ...rest }) => rest) } : json;
}
