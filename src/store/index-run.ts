// One `npm run index`: migrate, write the changed files, then (when anything changed) the cross-file
// step's marks, the holders of offices and the quote book for the new corpus, and only then NOTIFY the replicas, so a
// replica that reloads finds everything made for the version it is told about. Replicas plan and
// fetch from the tables themselves: no in-process index is built here. An archive written whole in
// this run is not read back (its parsed articles are at hand); an unchanged one is not read at all.
import type pg from 'pg';
import type { Passage } from '../corpus/types.ts';
import { assembleCorpus, byFileName } from './loader-parts.ts';
import { migrate } from './migrate.ts';
import { readCorpus } from './read-corpus.ts';
import { writeQuoteBook } from './quote-store.ts';
import { markedVersion, markServed, servedCount } from './serving.ts';
import { announce, readState } from './state.ts';
import { writePassageVectors } from './vectors-write.ts';
import { writeSenses } from './senses-write.ts';
import { rolesWritten, writeRoleHolders } from './roles-write.ts';
import { startEncoderPool, type EncoderThread } from '../search/semantic/encoder-thread.ts';
import { BUILD_THREADS } from '../search/semantic/open.ts';
import { writeCorpus, type IndexReport } from './write-corpus.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../search/options.ts';

/** The in-process index saved for the stored corpus (`source: 'local'` replicas build and share it). */
export const SEARCH_BLOB = 'search-index';

export interface IndexRunReport extends Omit<IndexReport, 'fresh'> {
  migrations: string[];
  passages: number;
  quotes: number;
  /** Passages given their meaning vectors in this run (`vectors-write.ts`). */
  vectors: number;
}

export interface IndexOptions {
  log?: (message: string) => void;
  /** Gets each step's milliseconds. */
  phases?: Record<string, number>;
  /**
   * false: leave the quote book (and the announcement) to the next run, which reads the corpus back
   * for it; a long first load can be cut in two (the bench does at 1M).
   */
  quoteBook?: boolean;
  /** Files a run must write (and half the folder) to load in bulk (default 200; tests lower it). */
  bulkFiles?: number;
  /** Where the word table is read back from (else extracted from its package, a few seconds). */
  cacheDir?: string;
  /**
   * Also the sentence encoder's vectors of the passages without them, when the archive is within
   * the encoder's limit (`senses-write.ts`; minutes for thousands of passages). Default false; the CLI's default is true.
   */
  sentences?: boolean;
}

export async function indexDataDir(pool: pg.Pool, dataDir: string, { log = () => undefined, phases = {}, quoteBook = true, bulkFiles, cacheDir, sentences = false }: IndexOptions = {}): Promise<IndexRunReport> {
  let lap = performance.now();
  const step = <T>(name: string, value: T): T => {
    const now = performance.now();
    phases[name] = Math.round(now - lap);
    lap = now;
    return value;
  };
  const migrations = step('migrate', await migrate(pool));
  if (migrations.length > 0) log(`applied migrations: ${migrations.join(', ')}`);
  const { fresh, ...report } = step('write_files', await writeCorpus(pool, dataDir, { bulkFiles }));
  log(`files: ${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed, ${report.unchanged} unchanged`);
  const changed = report.added.length + report.changed.length + report.removed.length > 0;
  const roles = async (passages: readonly Passage[], version: number) => {
    const { rows } = step('roles', await writeRoleHolders(pool, passages, version));
    log(`office holders: ${rows} offices and countries with holders`);
  };
  // The served passages' meaning vectors: only those without one are embedded (`vectors-write.ts`).
  const meaning = async () => {
    const made = await writePassageVectors(pool, { cacheDir, sifA: DEFAULT_SEARCH_OPTIONS.semantic.sifA });
    if (made.written > 0) log(`meaning vectors: ${made.written} passages embedded${made.refitted ? ' (model fitted)' : ''}`);
    if (sentences) await senses(pool, log);
    return made.written;
  };
  if (!changed && (await markedVersion(pool)) === report.version && (await hasQuoteBook(pool, report.version))) {
    // A store written before the vectors existed gets them here; replicas read them at their next start or reload.
    const vectors = step('vectors', await meaning());
    // A store written before the office holders existed (or read by older code) gets them here, and
    // the version is announced again: replicas serving it without holders read them.
    if (!(await rolesWritten(pool, report.version))) {
      const { corpus, version } = step('read_back', await readCorpus(pool));
      await roles(corpus.passages, version);
      await announce(pool, version);
    }
    return { ...report, migrations, passages: await servedCount(pool), quotes: await quoteCount(pool), vectors };
  }
  const { corpus, version } = fresh
    ? { ...(fresh.corpus ?? assembleCorpus([...fresh.articles].sort(byFileName), [...fresh.skipped].sort(byFileName))), version: report.version }
    : step('read_back', await readCorpus(pool));
  // Also when nothing changed: a store written before the marks existed gets them on the next run.
  step('mark_served', await markServed(pool, corpus, version, fresh && { articles: fresh.articles, marked: fresh.corpus !== null }));
  // Fresh statistics, so the planner reads a rare term's passages through its GIN index.
  step('analyze', await pool.query('ANALYZE articles, passages, search_terms'));
  // Before the announcement: a replica that reloads reads the holders of the version it is told about.
  if (!(await rolesWritten(pool, version))) await roles(corpus.passages, version);
  const vectors = step('vectors', await meaning());
  if (!quoteBook) return { ...report, migrations, passages: corpus.passages.length, quotes: 0, vectors };
  log(`corpus version ${version}: ${corpus.passages.length} passages served; extracting the quote book`);
  const quotes = step('quote_book', (await writeQuoteBook(pool, corpus, version)).quotes.length);
  await announce(pool, version);
  log(`corpus version ${version}: ${corpus.passages.length} passages, ${quotes} quotes; replicas told`);
  return { ...report, migrations, passages: corpus.passages.length, quotes, vectors };
}

/** The sentence encoder's vectors of the passages without them, on a pool of encoder threads closed after. */
async function senses(pool: pg.Pool, log: (message: string) => void): Promise<void> {
  let threads: EncoderThread | undefined;
  let told = 0;
  try {
    const made = await writeSenses(pool, {
      maxPassages: DEFAULT_SEARCH_OPTIONS.semantic.sentenceMaxPassages,
      encoder: () => (threads = startEncoderPool(BUILD_THREADS)),
      onProgress: (done, total) => {
        if (Math.floor((10 * done) / total) > told) log(`sentence vectors: ${done} of ${total} passages embedded`);
        told = Math.floor((10 * done) / total);
      },
    });
    log(made.on ? `sentence vectors: ${made.written} passages embedded` : `sentence vectors: none (${made.reason})`);
  } finally {
    await threads?.close();
  }
}

async function hasQuoteBook(pool: pg.Pool, version: number): Promise<boolean> {
  return (await readState(pool, 'quotes_version')) === String(version);
}

async function quoteCount(pool: pg.Pool): Promise<number> {
  return Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM quotes')).rows[0]!.n);
}
