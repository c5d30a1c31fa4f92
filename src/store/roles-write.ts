// `npm run index`'s office holders (issue 13): once the served passages are known, who they name in
// each office of `data/roles.ts`, with no country and with each country, read by the in-process
// engine's own code (`CorpusRoleHolders.everyHolder`, the same sampling of at most 1000 passages an
// office and country) over postings of only the terms offices and countries are found by
// (`role-postings.ts`: one pass over the passages' text). Stored in `role_holders` (a few hundred rows) with the corpus
// version and the reading code's version, so an unchanged archive is not read again.
import path from 'node:path';
import type pg from 'pg';
import { codeVersion } from '../cache/fingerprint.ts';
import type { Passage } from '../corpus/types.ts';
import { CorpusRoleHolders } from '../search/query/role-holders.ts';
import { rolePostings } from '../search/query/role-postings.ts';
import { inTransaction } from './migrate.ts';

/** How offices are read (`query/`) and what they are (`data/`): a change reads them again. */
const ROLE_DIRS = ['../search/query', '../search/data'].map((d) => path.resolve(import.meta.dirname, d));

/** What `store_state.roles_version` holds once the holders of corpus `version` are stored. */
export async function rolesKey(version: number): Promise<string> {
  return `${version} ${(await Promise.all(ROLE_DIRS.map((d) => codeVersion(d)))).join(' ')}`;
}

/** Whether the stored holders were read from corpus `version` by this code. */
export async function rolesWritten(db: Pick<pg.Pool, 'query'>, version: number): Promise<boolean> {
  const { rows } = await db.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'roles_version'");
  return rows[0]?.value === (await rolesKey(version));
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
      await client.query("INSERT INTO store_state (key, value) VALUES ('roles_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()", [key]);
    });
  } finally {
    client.release();
  }
  return { rows: rows.length };
}
