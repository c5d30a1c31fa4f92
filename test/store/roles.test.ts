// Offices through the store: `npm run index` reads who the passages name in each office, and a
// replica planning from PostgreSQL resolves "the top diplomat" to the passage that names only
// "Doe" as the in-process bot does; a file naming a new holder, indexed while it runs, is read at its reload;
// holders stored for another version than the replica's are not used until its version is announced again.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type pg from 'pg';
import { createCore } from '../../src/core/create.ts';
import { openPool } from '../../src/store/db.ts';
import { indexDataDir } from '../../src/store/index-run.ts';
import { announce } from '../../src/store/state.ts';
import { createStoreCore, type StoreCore } from '../../src/store/core.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';
import { CorpusRoleHolders } from '../../src/search/query/role-holders.ts';
import { openVectors } from '../../src/search/semantic/open.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../../src/search/options.ts';
import type { SearchHit } from '../../src/search/types.ts';
import { suiteArticles } from '../helpers/articles.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';

const skip = pgSkipReason();

const ARTICLES = {
  'arrival.txt': 'Envoys arrive in Brussels\n\nSecretary of State Jane Doe arrived in Brussels on Monday for a meeting of alliance envoys.\n',
  'ceasefire.txt': 'Geneva talks\n\nDoe told reporters the Geneva ceasefire would hold through the winter.\n\nA Geneva ceasefire monitor counted the convoys again.\n',
  'navy.txt': 'Navy orders\n\nKowalczyk said the navy would order twelve frigates from the northern yard.\n\nThe debate on frigates went on late into the night in the committee room.\n',
};

describe.skipIf(skip !== '')('offices and their holders through the store', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const dir = suiteArticles(ARTICLES);
  let stored: StoreCore;

  /** The in-process bot on the folder as it is now, ranking with its passage vectors as a replica ranks with the stored ones. */
  const inProcess = async () => {
    const core = await createCore({ dataDir: dir });
    core.search.attachVectors?.((await openVectors(core.corpus, { dataDir: dir, sifA: DEFAULT_SEARCH_OPTIONS.semantic.sifA })).vectors);
    return core;
  };
  const where = (hits: SearchHit[]) => hits.map((h) => `${h.passage.source}:${h.passage.line} ${h.passage.text}`);

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = openPool(db.url);
    await indexDataDir(pool, dir);
    stored = await createStoreCore({ databaseUrl: db.url, listen: false });
  });
  afterAll(async () => {
    await stored?.close();
    await pool?.end();
    await db?.drop();
  });

  it('stores the holders the in-process engine reads, for every office and country', async () => {
    const { corpus } = await createCore({ dataDir: dir });
    const expected = new CorpusRoleHolders(PassageIndex.build(corpus.passages), corpus.passages).everyHolder();
    const { rows } = await pool.query<{ office: string; country: string; holders: unknown }>('SELECT office, country, holders FROM role_holders ORDER BY office, country');
    expect(rows).toEqual([...expected].sort((a, b) => a.office.localeCompare(b.office) || a.country.localeCompare(b.country)));
    expect(rows.find((r) => r.office === 'secretary of state' && r.country === '')?.holders).toEqual([{ name: 'Jane Doe', surname: 'Doe', count: 1 }]);
  });

  it('answers "the top diplomat" with the passage that names only Doe, as in-process', async () => {
    const question = 'What did the top diplomat say about the Geneva ceasefire?';
    const local = where(await (await inProcess()).search.search(question));
    const fromDb = where(await stored.search.search(question));
    expect(local[0]).toMatch(/^ceasefire\.txt:3 Doe told reporters/);
    expect(fromDb[0]).toEqual(local[0]);
  });

  it('reads a holder named by a file indexed later at its reload', async () => {
    const question = 'What did the defence secretary say about frigates?';
    const before = where(await stored.search.search(question));
    expect(before[0]).toEqual(where(await (await inProcess()).search.search(question))[0]);
    expect(before[0]).not.toMatch(/^navy\.txt:3 /);
    await writeFile(path.join(dir, 'shipyard.txt'), 'Shipyard visit\n\nDefence Secretary Anna Kowalczyk visited the northern shipyard on Monday.\n');
    await indexDataDir(pool, dir);
    await stored.reload();
    const after = where(await stored.search.search(question));
    expect(after[0]).toMatch(/^navy\.txt:3 Kowalczyk said/);
    expect(after[0]).toEqual(where(await (await inProcess()).search.search(question))[0]);
  });

  it('uses no holders stored for another version, says so, and reads them once they are its version\'s', async () => {
    const question = 'What did the top diplomat say about the Geneva ceasefire?';
    const made = (await pool.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'roles_version'")).rows[0]!.value;
    const [version, ...code] = made.split(' ');
    // As a replica sees the store while `npm run index` writes the holders: the new version committed, the holders the last one's.
    await pool.query("UPDATE store_state SET value = $1 WHERE key = 'roles_version'", [[Number(version) - 1, ...code].join(' ')]);
    const warnings: string[] = [];
    const replica = await createStoreCore({ databaseUrl: db.url, warn: (m) => warnings.push(m) });
    try {
      expect(warnings.filter((w) => w.startsWith('office holders:'))).toEqual([expect.stringContaining('another corpus version')]);
      const local = where(await (await inProcess()).search.search(question));
      const first = async () => where(await replica.search.search(question))[0];
      expect(await first()).not.toEqual(local[0]);
      // The run writes the holders, then announces the version the replica already serves: it reads them again.
      await pool.query("UPDATE store_state SET value = $1 WHERE key = 'roles_version'", [made]);
      await announce(pool, Number(version));
      await vi.waitFor(async () => expect(await first()).toEqual(local[0]), { timeout: 15_000, interval: 50 });
    } finally {
      await replica.close();
    }
  }, 40_000);

  it('does not warn when the holders were worked out and the archive names none', async () => {
    const warnings: string[] = [];
    await pool.query('CREATE TABLE role_holders_kept AS SELECT * FROM role_holders; DELETE FROM role_holders');
    try {
      await (await createStoreCore({ databaseUrl: db.url, listen: false, warn: (m) => warnings.push(m) })).close();
      expect(warnings.filter((w) => w.startsWith('office holders:'))).toEqual([]);
    } finally {
      await pool.query('INSERT INTO role_holders SELECT * FROM role_holders_kept; DROP TABLE role_holders_kept');
    }
  });

  it('warns when the store serves passages but its holders were never worked out (indexed before they existed)', async () => {
    const held = (await pool.query('SELECT office, country, holders FROM role_holders')).rows.length;
    expect(held).toBeGreaterThan(0);
    const warnings: string[] = [];
    const made = (await pool.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'roles_version'")).rows[0]!.value;
    await pool.query("CREATE TABLE role_holders_kept AS SELECT * FROM role_holders; DELETE FROM role_holders; DELETE FROM store_state WHERE key = 'roles_version'");
    try {
      const replica = await createStoreCore({ databaseUrl: db.url, listen: false, warn: (m) => warnings.push(m) });
      await replica.close();
      expect(warnings.filter((w) => w.startsWith('office holders:'))).toEqual([expect.stringContaining('none stored')]);
    } finally {
      await pool.query('INSERT INTO role_holders SELECT * FROM role_holders_kept; DROP TABLE role_holders_kept');
      await pool.query("INSERT INTO store_state (key, value) VALUES ('roles_version', $1)", [made]);
    }
    warnings.length = 0;
    await (await createStoreCore({ databaseUrl: db.url, listen: false, warn: (m) => warnings.push(m) })).close();
    expect(warnings.filter((w) => w.startsWith('office holders:'))).toEqual([]);
  });

  it('reads them for a store indexed before they existed, at the next run though no file changed, and a running replica takes them', async () => {
    const question = 'What did the top diplomat say about the Geneva ceasefire?';
    const held = (await pool.query('SELECT office, country, holders FROM role_holders ORDER BY office, country')).rows;
    await pool.query("DELETE FROM role_holders; DELETE FROM store_state WHERE key = 'roles_version'");
    const replica = await createStoreCore({ databaseUrl: db.url, warn: () => undefined });
    try {
      const local = where(await (await inProcess()).search.search(question));
      const first = async () => where(await replica.search.search(question))[0];
      expect(await first()).not.toEqual(local[0]);
      const report = await indexDataDir(pool, dir);
      expect(report).toMatchObject({ added: [], changed: [], removed: [] });
      expect((await pool.query('SELECT office, country, holders FROM role_holders ORDER BY office, country')).rows).toEqual(held);
      expect(held.length).toBeGreaterThan(0);
      // The run announces the version again: the replica reads the holders without a restart.
      await vi.waitFor(async () => expect(await first()).toEqual(local[0]), { timeout: 15_000, interval: 50 });
    } finally {
      await replica.close();
    }
  }, 40_000);
});
