// `npm run index`'s office holders (issue 13): once the served passages are known, who they name in
// each office of `data/roles.ts`, with no country and with each country, read by the in-process
// engine's own code (`CorpusRoleHolders.everyHolder`, the same sampling of at most 1000 passages an
// office and country) over postings of only the terms offices and countries are found by, built here
// in one pass over the passages' text. Stored in `role_holders` (a few hundred rows) with the corpus
// version and the reading code's version, so an unchanged archive is not read again.
import path from 'node:path';
import type pg from 'pg';
import { codeVersion } from '../cache/fingerprint.ts';
import type { Passage } from '../corpus/types.ts';
import { indexTerms } from '../search/index-builder.ts';
import { CorpusRoleHolders, type RolePostings } from '../search/query/role-holders.ts';
import { officeTable } from '../search/query/roles.ts';
import { placeTable } from '../search/query/tables.ts';
import { termsOf } from '../text/tokens.ts';
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

/**
 * The text field's postings of the terms an office or a country is found by (every word of their
 * names), over `passages` numbered as the in-process index numbers them: the same documents, so
 * the same rarest word and the same sample.
 */
export function rolePostings(passages: readonly Passage[]): RolePostings {
  const wanted = new Map<string, number[]>();
  const names = [...new Set(officeTable().values())].flatMap((o) => o.names);
  for (const entries of placeTable().values()) for (const { place } of entries) names.push(...place.countries, ...place.demonyms);
  for (const name of names) for (const term of termsOf(name)) wanted.set(term, []);
  passages.forEach((p, d) => {
    for (const term of indexTerms(p.text)) {
      const docs = wanted.get(term);
      // Each passage once, however often it writes the word.
      if (docs && docs.at(-1) !== d) docs.push(d);
    }
  });
  const terms = [...wanted.keys()];
  const ids = new Map(terms.map((t, i) => [t, i]));
  const docs = terms.map((t) => Uint32Array.from(wanted.get(t)!));
  return {
    documentCount: passages.length,
    documentFrequency: (term) => docs[ids.get(term) ?? -1]?.length ?? 0,
    termId: (term) => ids.get(term),
    postings: (id) => ({ docs: docs[id]! }),
  };
}
