// `npm run index`'s office holders (issue 13): once the served passages are known, who they name in
// each office of `data/roles.ts`, with no country and with each country, read by the in-process
// engine's own code (`CorpusRoleHolders.everyHolder`, the same sampling of at most 1000 passages an
// office and country) over postings of only the terms offices and countries are found by
// (`role-postings.ts`: one pass over the passages' text). Stored in `role_holders` (a few hundred rows) with the corpus
// version and a hash of the reading code (`ROLE_CODE`), so an unchanged archive is not read again.
import path from 'node:path';
import type pg from 'pg';
import { hashFiles } from '../cache/fingerprint.ts';
import type { Passage } from '../corpus/types.ts';
import { CorpusRoleHolders } from '../search/query/role-holders.ts';
import { rolePostings } from '../search/query/role-postings.ts';
import { inTransaction } from './migrate.ts';
import { readState, writeState } from './state.ts';

/**
 * The code the stored holders are read by, under `src/`: a change to one of these reads them again,
 * and only to these (an edit elsewhere in `query/`, parse.ts say, would re-read the archive: ~100 s
 * at 1M). What `role-holders.ts` and `role-postings.ts` import for its value, and what that imports:
 * the reading, the office and place tables, `index-builder.ts` whose terms the postings hold, the
 * text kit they tokenise with. test/store/roles-key.test.ts checks that it is exactly that.
 */
export const ROLE_CODE = [
  'search/data/news-vocabulary.ts',
  'search/data/places.ts',
  'search/data/roles.ts',
  'search/index-builder.ts',
  'search/query/expand-tables.ts',
  'search/query/names.ts',
  'search/query/plan.ts',
  'search/query/role-holders.ts',
  'search/query/role-postings.ts',
  'search/query/role-readings.ts',
  'search/query/roles.ts',
  'search/query/tables.ts',
  'text/acronyms.ts',
  'text/fold.ts',
  'text/phrases.ts',
  'text/stopwords.ts',
  'text/tokens.ts',
  'text/vocabulary.ts',
];

let roleCode: Promise<string> | undefined;

/** A hash of `ROLE_CODE`'s files, read once. */
function roleCodeVersion(): Promise<string> {
  return (roleCode ??= hashFiles(path.resolve(import.meta.dirname, '..'), ROLE_CODE));
}

/** What `store_state.roles_version` holds once the holders of corpus `version` are stored: the version first (`roles-read.ts` checks it). */
async function rolesKey(version: number): Promise<string> {
  return `${version} ${await roleCodeVersion()}`;
}

/** Whether the stored holders were read from corpus `version` by this code. */
export async function rolesWritten(db: Pick<pg.Pool, 'query'>, version: number): Promise<boolean> {
  return (await readState(db, 'roles_version')) === (await rolesKey(version));
}

/** Reads the holders from the served passages (in the order the in-process index numbers them) and replaces the stored ones. */
export async function writeRoleHolders(pool: pg.Pool, passages: readonly Passage[], version: number): Promise<{ rows: number }> {
  const rows = new CorpusRoleHolders(rolePostings(passages), passages).everyHolder();
  const key = await rolesKey(version);
  const client = await pool.connect();
  try {
    await inTransaction(client, async () => {
      await client.query('DELETE FROM role_holders');
      await client.query('INSERT INTO role_holders (office, country, holders) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])', [
        rows.map((r) => r.office),
        rows.map((r) => r.country),
        rows.map((r) => JSON.stringify(r.holders)),
      ]);
      await writeState(client, 'roles_version', key);
    });
  } finally {
    client.release();
  }
  return { rows: rows.length };
}
