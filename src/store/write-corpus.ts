// `npm run index`'s work: reads DATA_DIR through the bot's own loader, file by file, and brings the
// database in line with it: new and changed files (by a hash of their bytes and of the loader's
// code) are parsed and written, unchanged ones skipped, removed ones deleted. Each file's article
// is stored as parsed alone; the loader's cross-file step is applied when the corpus is read back.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { codeVersion } from '../cache/fingerprint.ts';
import { listArticleFiles } from '../corpus/files.ts';
import type { Article } from '../corpus/types.ts';
import { parseFile } from './loader-parts.ts';
import { inTransaction } from './migrate.ts';
import { passageTerms } from '../search/sources/postgres-terms.ts';
import { bumpVersion } from './state.ts';

const LOADER_DIR = path.resolve(import.meta.dirname, '../corpus');
/** How index terms are made (tokenizer, folding, stemming, tables): stored terms follow it. */
const TERMS_DIRS = ['../text', '../search/data'].map((d) => path.resolve(import.meta.dirname, d));
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

/** Brings the database in line with `dataDir`. Runs in one transaction: readers see all of it or none. */
export async function writeCorpus(pool: pg.Pool, dataDir: string): Promise<IndexReport> {
  const { files: names } = await listArticleFiles(dataDir);
  const code = (await Promise.all([LOADER_DIR, ...TERMS_DIRS].map((d) => codeVersion(d)))).join(' ');
  const known = await knownHashes(pool);
  const present = new Set(names);
  const report: IndexReport = { added: [], changed: [], removed: [...known.keys()].filter((s) => !present.has(s)), unchanged: 0, skipped: [], version: 0 };
  const client = await pool.connect();
  try {
    report.version = await inTransaction(client, async () => {
      await client.query('LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE');
      await deleteSources(client, report.removed);
      // Term counts of the files written, added to search_terms once at the end: updating the same
      // rows once per file in one transaction leaves every row a chain of versions to walk.
      const counts: TermTally = { counts: new Map(), surfaces: new Map() };
      for (const source of names) {
        const bytes = await readFile(path.join(dataDir, source));
        const hash = createHash('sha256').update(code).update('\0').update(bytes).digest('hex');
        if (known.get(source) === hash) {
          report.unchanged++;
          continue;
        }
        (known.has(source) ? report.changed : report.added).push(source);
        if (known.has(source)) await deleteSources(client, [source]);
        const parsed = await parseFile(source, bytes);
        if (parsed.ok) await insertArticle(client, parsed.article, hash, counts);
        else await client.query('INSERT INTO skipped_files (source, content_hash, reason) VALUES ($1, $2, $3)', [source, hash, parsed.reason]);
      }
      await addTermCounts(client, counts);
      if (report.added.length + report.changed.length + report.removed.length === 0) return currentVersion(client);
      return bumpVersion(client);
    });
    report.skipped = (await pool.query<{ source: string; reason: string }>('SELECT source, reason FROM skipped_files ORDER BY source')).rows.map((r) => `${r.source}: skipped, ${r.reason}`);
    return report;
  } finally {
    client.release();
  }
}

async function knownHashes(pool: pg.Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ source: string; content_hash: string }>('SELECT source, content_hash FROM articles UNION ALL SELECT source, content_hash FROM skipped_files');
  return new Map(rows.map((r) => [r.source, r.content_hash]));
}

/** Deletes these files' rows (their passages go with them). */
async function deleteSources(client: pg.PoolClient, sources: string[]): Promise<void> {
  if (sources.length === 0) return;
  await client.query(`WITH x AS (${TERM_COUNTS}) UPDATE search_terms s SET df = s.df - x.d0, head_df = s.head_df - x.d1, title_df = s.title_df - x.d2 FROM x WHERE s.term = x.term`, [sources]);
  await client.query('DELETE FROM articles WHERE source = ANY($1)', [sources]);
  await client.query('DELETE FROM skipped_files WHERE source = ANY($1)', [sources]);
}

/** Per term of the files written: passages holding it per field, and its first written form. */
interface TermTally {
  counts: Map<string, [number, number, number]>;
  surfaces: Map<string, string>;
}

/** Writes one article and its passages, with their index terms per field. */
async function insertArticle(client: pg.PoolClient, a: Article, hash: string, { counts, surfaces }: TermTally): Promise<void> {
  await client.query('INSERT INTO articles (source, content_hash, title, outlet, url, date) VALUES ($1, $2, $3, $4, $5, $6)', [a.source, hash, a.title, a.outlet, a.url, a.date]);
  for (let from = 0; from < a.passages.length; from += BATCH) {
    const rows = a.passages.slice(from, from + BATCH);
    const seen = (term: string, written: string) => void (surfaces.has(term) || surfaces.set(term, written.toLowerCase()));
    const t = rows.map((p) => passageTerms(p, seen));
    for (const x of t) {
      [x.text, x.heading, x.title].forEach((field, f) => {
        for (const term of field.terms) {
          const c = counts.get(term) ?? [0, 0, 0];
          c[f]!++;
          counts.set(term, c);
        }
      });
    }
    // unnest cannot take arrays of arrays of different lengths: term lists go in as JSON.
    const json = (f: (x: (typeof t)[number]) => unknown) => t.map((x) => JSON.stringify(f(x)));
    await client.query(
      `INSERT INTO passages (source, ordinal, line, heading, title, text, terms, tfs, len, head_terms, head_tfs, head_len, title_terms, title_tfs, title_len)
       SELECT $1, o, l, h, ti, tx, ${jsonArray('a', 'text')}, ${jsonArray('b', 'int2')}, n, ${jsonArray('c', 'text')}, ${jsonArray('d', 'int2')}, hn, ${jsonArray('e', 'text')}, ${jsonArray('f', 'int2')}, tn
       FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::int2[], $10::jsonb[], $11::jsonb[], $12::int2[], $13::jsonb[], $14::jsonb[], $15::int2[])
         AS r(o, l, h, ti, tx, a, b, n, c, d, hn, e, f, tn)`,
      [
        a.source, rows.map((_, i) => from + i), rows.map((r) => r.line), rows.map((r) => r.heading), rows.map((r) => r.title), rows.map((r) => r.text),
        json((x) => x.text.terms), json((x) => x.text.tfs), t.map((x) => x.text.len),
        json((x) => x.heading.terms), json((x) => x.heading.tfs), t.map((x) => x.heading.len),
        json((x) => x.title.terms), json((x) => x.title.tfs), t.map((x) => x.title.len),
      ],
    );
  }
}

/**
 * Adds the written passages to each term's document frequencies. Counted here from the terms
 * just made: asking the database to aggregate the rows it was just given would read them back,
 * and within one long indexing transaction its planner has no statistics to find them by.
 */
async function addTermCounts(client: pg.PoolClient, { counts, surfaces }: TermTally): Promise<void> {
  const rows = [...counts];
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO search_terms (term, df, head_df, title_df, surface) SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[])
     ON CONFLICT (term) DO UPDATE SET df = search_terms.df + EXCLUDED.df, head_df = search_terms.head_df + EXCLUDED.head_df, title_df = search_terms.title_df + EXCLUDED.title_df,
       surface = coalesce(search_terms.surface, EXCLUDED.surface)`,
    [rows.map(([t]) => t), rows.map(([, c]) => c[0]), rows.map(([, c]) => c[1]), rows.map(([, c]) => c[2]), rows.map(([t]) => surfaces.get(t) ?? null)],
  );
}

function jsonArray(column: string, type: 'text' | 'int2'): string {
  return `ARRAY(SELECT jsonb_array_elements_text(${column}))::${type}[]`;
}

/** Per term, in how many of the passages of files $1 it is in the text, the heading, the title. */
const TERM_COUNTS = `SELECT term, sum(f0)::int AS d0, sum(f1)::int AS d1, sum(f2)::int AS d2 FROM (
    SELECT unnest(terms) AS term, 1 AS f0, 0 AS f1, 0 AS f2 FROM passages WHERE source = ANY($1)
    UNION ALL SELECT unnest(head_terms), 0, 1, 0 FROM passages WHERE source = ANY($1)
    UNION ALL SELECT unnest(title_terms), 0, 0, 1 FROM passages WHERE source = ANY($1)) u GROUP BY term`;

async function currentVersion(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'corpus_version'");
  return Number(rows[0]?.value ?? 0);
}
