// One `npm run index`: migrate, write the changed files, then (when anything changed) the cross-file
// step's marks and the quote book for the new corpus, and only then NOTIFY the replicas, so a
// replica that reloads finds everything made for the version it is told about. Replicas plan and
// fetch from the tables themselves: no in-process index is built here.
import type pg from 'pg';
import { migrate } from './migrate.ts';
import { readCorpus } from './read-corpus.ts';
import { writeQuoteBook } from './quote-store.ts';
import { markServed } from './serving.ts';
import { announce } from './state.ts';
import { writeCorpus, type IndexReport } from './write-corpus.ts';

/** The in-process index saved for the stored corpus (`source: 'local'` replicas build and share it). */
export const SEARCH_BLOB = 'search-index';

export interface IndexRunReport extends IndexReport {
  migrations: string[];
  passages: number;
  quotes: number;
}

export async function indexDataDir(pool: pg.Pool, dataDir: string, log: (message: string) => void = () => undefined): Promise<IndexRunReport> {
  const migrations = await migrate(pool);
  if (migrations.length > 0) log(`applied migrations: ${migrations.join(', ')}`);
  const report = await writeCorpus(pool, dataDir);
  log(`files: ${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed, ${report.unchanged} unchanged`);
  const { corpus, version } = await readCorpus(pool);
  const changed = report.added.length + report.changed.length + report.removed.length > 0;
  let quotes = 0;
  // Always: a store written before the marks existed gets them on the next run.
  const marked = await markServed(pool, corpus);
  if (changed || marked.passages + marked.articles > 0 || !(await hasQuoteBook(pool, version))) {
    // Fresh statistics, so the planner reads a rare term's passages through its GIN index.
    await pool.query('ANALYZE articles, passages, search_terms');
    quotes = (await writeQuoteBook(pool, corpus, version)).quotes.length;
    await announce(pool, version);
    log(`corpus version ${version}: ${corpus.passages.length} passages, ${quotes} quotes; replicas told`);
  }
  return { ...report, migrations, passages: corpus.passages.length, quotes };
}

async function hasQuoteBook(pool: pg.Pool, version: number): Promise<boolean> {
  const { rows } = await pool.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'quotes_version'");
  return rows[0]?.value === String(version);
}
