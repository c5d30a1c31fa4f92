// `npm run index`'s work: reads DATA_DIR through the bot's own loader, file by file, and brings the
// database in line with it: new and changed files (by a hash of their bytes and of the loader's
// code) are parsed and written, unchanged ones skipped, removed ones deleted. The loader's one
// cross-file rule (short lines many files share are site furniture) is kept per passage as a key
// and a file count, and re-applied in SQL to the keys the change touched.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { codeVersion } from '../cache/fingerprint.ts';
import { decodeArticle } from '../corpus/decode.ts';
import { parseArticle } from '../corpus/article.ts';
import { isRepeatedBoilerplate, repeatKey } from '../corpus/cross-file.ts';
import { listArticleFiles } from '../corpus/files.ts';
import type { Article } from '../corpus/types.ts';
import { inTransaction } from './migrate.ts';
import { bumpVersion } from './state.ts';

const LOADER_DIR = path.resolve(import.meta.dirname, '../corpus');
/** Passages written per INSERT. */
const BATCH = 2000;

export interface IndexReport {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Files that could not be read, with why (as the loader words it). */
  skipped: string[];
  /** The corpus version after this run (unchanged when nothing changed). */
  version: number;
}

type Parsed = { source: string; hash: string } & ({ ok: true; article: Article } | { ok: false; reason: string });

/** Brings the database in line with `dataDir`. Runs in one transaction: readers see all of it or none. */
export async function writeCorpus(pool: pg.Pool, dataDir: string): Promise<IndexReport> {
  const names = await listArticleFiles(dataDir);
  const code = await codeVersion(LOADER_DIR);
  const known = await knownHashes(pool);
  const report: IndexReport = { added: [], changed: [], removed: [...known.keys()].filter((s) => !names.includes(s)), unchanged: 0, skipped: [], version: 0 };
  const client = await pool.connect();
  try {
    report.version = await inTransaction(client, async () => {
      await client.query('LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE');
      const touched = new Set<string>(await deleteSources(client, report.removed));
      for (const source of names) {
        const bytes = await readFile(path.join(dataDir, source));
        const hash = createHash('sha256').update(code).update('\0').update(bytes).digest('hex');
        if (known.get(source) === hash) {
          report.unchanged++;
          continue;
        }
        (known.has(source) ? report.changed : report.added).push(source);
        for (const key of await deleteSources(client, [source])) touched.add(key);
        const parsed = parse(source, hash, bytes);
        if (parsed.ok) for (const key of await insertArticle(client, parsed.article, hash)) touched.add(key);
        else await client.query('INSERT INTO skipped_files (source, content_hash, reason) VALUES ($1, $2, $3)', [source, hash, parsed.reason]);
      }
      if (report.added.length + report.changed.length + report.removed.length === 0) return currentVersion(client);
      await markRepeated(client, [...touched]);
      return bumpVersion(client);
    });
    report.skipped = (await pool.query<{ source: string; reason: string }>('SELECT source, reason FROM skipped_files ORDER BY source')).rows.map((r) => `${r.source}: skipped, ${r.reason}`);
    return report;
  } finally {
    client.release();
  }
}

function parse(source: string, hash: string, bytes: Buffer): Parsed {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { source, hash, ok: false, reason: decoded.reason };
  try {
    return { source, hash, ok: true, article: parseArticle(source, decoded.text).article };
  } catch (err) {
    return { source, hash, ok: false, reason: `it could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

async function knownHashes(pool: pg.Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ source: string; content_hash: string }>('SELECT source, content_hash FROM articles UNION ALL SELECT source, content_hash FROM skipped_files');
  return new Map(rows.map((r) => [r.source, r.content_hash]));
}

/** Deletes these files' rows; returns the repeat keys their passages held. */
async function deleteSources(client: pg.PoolClient, sources: string[]): Promise<string[]> {
  if (sources.length === 0) return [];
  const { rows } = await client.query<{ repeat_key: string }>('SELECT DISTINCT repeat_key FROM passages WHERE source = ANY($1) AND repeat_key IS NOT NULL', [sources]);
  await client.query('DELETE FROM articles WHERE source = ANY($1)', [sources]);
  await client.query('DELETE FROM skipped_files WHERE source = ANY($1)', [sources]);
  return rows.map((r) => r.repeat_key);
}

/** Writes one article and its passages; returns their repeat keys. */
async function insertArticle(client: pg.PoolClient, a: Article, hash: string): Promise<string[]> {
  await client.query('INSERT INTO articles (source, content_hash, title, outlet, url, date) VALUES ($1, $2, $3, $4, $5, $6)', [a.source, hash, a.title, a.outlet, a.url, a.date]);
  const keys: string[] = [];
  for (let from = 0; from < a.passages.length; from += BATCH) {
    const rows = a.passages.slice(from, from + BATCH).map((p, i) => {
      const key = repeatKey(p.text);
      const at = key === null ? null : isRepeatedBoilerplate(p.text, 2) ? 2 : isRepeatedBoilerplate(p.text, 3) ? 3 : null;
      if (key !== null && at !== null) keys.push(key);
      return { ...p, ordinal: from + i, key: at === null ? null : key, at };
    });
    await client.query(
      `INSERT INTO passages (source, ordinal, line, heading, title, text, repeat_key, repeat_at)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int2[])`,
      [a.source, rows.map((r) => r.ordinal), rows.map((r) => r.line), rows.map((r) => r.heading), rows.map((r) => r.title), rows.map((r) => r.text), rows.map((r) => r.key), rows.map((r) => r.at)],
    );
  }
  return keys;
}

/** Re-applies the repeated-line rule to the passages holding these keys: dropped once the key is in `repeat_at` files. */
async function markRepeated(client: pg.PoolClient, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await client.query(
    `WITH counts AS (SELECT repeat_key, count(DISTINCT source) AS files FROM passages WHERE repeat_key = ANY($1) GROUP BY repeat_key)
     UPDATE passages p SET repeated = (c.files >= p.repeat_at)
     FROM counts c WHERE p.repeat_key = c.repeat_key AND p.repeated IS DISTINCT FROM (c.files >= p.repeat_at)`,
    [keys],
  );
}

async function currentVersion(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'corpus_version'");
  return Number(rows[0]?.value ?? 0);
}
