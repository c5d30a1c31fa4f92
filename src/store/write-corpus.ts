// `npm run index`'s work: reads DATA_DIR through the bot's own loader, file by file, and brings the
// database in line with it: new and changed files (by a hash of their bytes and of the loader's
// code) are parsed and written, unchanged ones skipped, removed ones deleted. Each file's article
// is stored as parsed alone; the loader's cross-file step is applied after (`serving.ts`). Rows go
// in by batches of many files (`passage-rows.ts`); a run writing most of the archive (a first
// load) builds the term indexes once after the rows instead of row by row.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { codeVersion } from '../cache/fingerprint.ts';
import { listArticleFiles } from '../corpus/files.ts';
import type { Article, Passage, Place } from '../corpus/types.ts';
import { assembleCorpus, byFileName, parseFile, type ParsedFile, type SkippedFile } from './loader-parts.ts';
import { inTransaction } from './migrate.ts';
import { addTermCounts, buildTermIndexes, dropTermIndexes, PassageWriter } from './passage-rows.ts';
import { bumpVersion, corpusVersion } from './state.ts';

const LOADER_DIR = path.resolve(import.meta.dirname, '../corpus');
/** How index terms are made (tokenizer, folding, stemming, tables): stored terms follow it. */
const TERMS_DIRS = ['../text', '../search/data'].map((d) => path.resolve(import.meta.dirname, d));
/** A run that writes at least this many files, and at least half of the folder, is a bulk load. */
const BULK_FILES = 200;

export interface IndexReport {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Files that could not be read, with why (as the loader words it). */
  skipped: string[];
  /** The corpus version after this run (unchanged when nothing changed). */
  version: number;
  /**
   * When every file was parsed in this run: their articles as stored, and the files skipped (the
   * corpus need not be read back); with `corpus` when the rows were written with their cross-file marks.
   */
  fresh: { articles: Article[]; skipped: SkippedFile[]; corpus: Assembled | null } | null;
}

/**
 * Brings the database in line with `dataDir`. Runs in one transaction: readers see all of it or
 * none (during a bulk load, which drops the term indexes, they wait for it).
 */
export async function writeCorpus(pool: pg.Pool, dataDir: string, { bulkFiles = BULK_FILES }: { bulkFiles?: number } = {}): Promise<IndexReport> {
  const { files: names } = await listArticleFiles(dataDir);
  const code = (await Promise.all([LOADER_DIR, ...TERMS_DIRS].map((d) => codeVersion(d)))).join(' ');
  const known = await knownHashes(pool);
  const present = new Set(names);
  const report: IndexReport = { added: [], changed: [], removed: [...known.keys()].filter((s) => !present.has(s)), unchanged: 0, skipped: [], version: 0, fresh: null };
  const fresh: { articles: Article[]; skipped: SkippedFile[] } = { articles: [], skipped: [] };
  const client = await pool.connect();
  try {
    report.version = await inTransaction(client, async () => {
      await client.query('LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE');
      await deleteSources(client, report.removed);
      const files = await changedFiles(dataDir, names, code, known);
      report.unchanged = names.length - files.length;
      const bulk = files.length >= bulkFiles && files.length * 2 >= names.length;
      if (bulk) await dropTermIndexes(client);
      const writer = new PassageWriter(client);
      // Every file written (a first load): the cross-file step is worked out before the rows are
      // written, so they go in with their marks instead of being updated after.
      const marks = files.length === names.length ? crossFile(files) : null;
      for (const { source, hash, parsed } of files) {
        (known.has(source) ? report.changed : report.added).push(source);
        if (known.has(source)) await deleteSources(client, [source]);
        if (parsed.ok) {
          const a = parsed.article;
          const placed = (p: Passage) => marks?.kept.get(placeKey(p.source, p.line));
          await writer.add(a, hash, a.passages.map((passage, ordinal) => ({ passage, ordinal, ...(marks && { served: placed(passage) !== undefined, also: placed(passage) ?? null }) })));
          fresh.articles.push(a);
        } else {
          await client.query('INSERT INTO skipped_files (source, content_hash, reason) VALUES ($1, $2, $3)', [source, hash, parsed.reason]);
          fresh.skipped.push({ source, reason: parsed.reason });
        }
      }
      await writer.flush();
      // Term counts of the files written, added to search_terms once at the end: updating the same
      // rows once per file in one transaction leaves every row a chain of versions to walk.
      await addTermCounts(client, writer.tally);
      if (bulk) await buildTermIndexes(client);
      if (report.unchanged === 0) report.fresh = { ...fresh, corpus: marks?.corpus ?? null };
      if (report.added.length + report.changed.length + report.removed.length === 0) return corpusVersion(client);
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

type Parsed = { source: string; hash: string; parsed: ParsedFile };
type Assembled = ReturnType<typeof assembleCorpus>;

/**
 * The files that are new or changed, each read once: hashed (its bytes and the code that reads
 * them; a change to either rewrites it) and, when its hash is not the stored one, parsed from the
 * same bytes. The parsed files are held until written: at most what a first load holds for its
 * cross-file step.
 */
async function changedFiles(dataDir: string, names: readonly string[], code: string, known: ReadonlyMap<string, string>): Promise<Parsed[]> {
  const out: Parsed[] = [];
  for (const source of names) {
    const bytes = await readFile(path.join(dataDir, source));
    const hash = createHash('sha256').update(code).update('\0').update(bytes).digest('hex');
    if (known.get(source) !== hash) out.push({ source, hash, parsed: await parseFile(source, bytes) });
  }
  return out;
}

const placeKey = (source: string, line: number) => `${source}\0${line}`;

/** The loader's cross-file step over every file parsed: which passages it keeps (with their other places). */
function crossFile(all: readonly Parsed[]): { corpus: Assembled; kept: Map<string, Place[] | null> } {
  const parsed = all.flatMap((f) => (f.parsed.ok ? [f.parsed.article] : []));
  const skipped = all.flatMap((f) => (f.parsed.ok ? [] : [{ source: f.source, reason: f.parsed.reason }]));
  const corpus = assembleCorpus([...parsed].sort(byFileName), skipped.sort(byFileName));
  return { corpus, kept: new Map(corpus.corpus.passages.map((p) => [placeKey(p.source, p.line), p.also ?? null])) };
}

/** Deletes these files' rows (their passages go with them). */
async function deleteSources(client: pg.PoolClient, sources: string[]): Promise<void> {
  if (sources.length === 0) return;
  await client.query(`WITH x AS (${TERM_COUNTS}) UPDATE search_terms s SET df = s.df - x.d0, head_df = s.head_df - x.d1, title_df = s.title_df - x.d2 FROM x WHERE s.term = x.term`, [sources]);
  await client.query('DELETE FROM articles WHERE source = ANY($1)', [sources]);
  await client.query('DELETE FROM skipped_files WHERE source = ANY($1)', [sources]);
}

/** Per term, in how many of the passages of files $1 it is in the text, the heading, the title. */
const TERM_COUNTS = `SELECT term, sum(f0)::int AS d0, sum(f1)::int AS d1, sum(f2)::int AS d2 FROM (
    SELECT unnest(terms) AS term, 1 AS f0, 0 AS f1, 0 AS f2 FROM passages WHERE source = ANY($1)
    UNION ALL SELECT unnest(head_terms), 0, 1, 0 FROM passages WHERE source = ANY($1)
    UNION ALL SELECT unnest(title_terms), 0, 0, 1 FROM passages WHERE source = ANY($1)) u GROUP BY term`;
