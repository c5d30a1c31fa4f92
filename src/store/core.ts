// The core answering from the database (DATABASE_URL): the corpus, the quote book and the saved
// search index are read from the store, and reloaded whenever `npm run index` announces a new
// version (LISTEN/NOTIFY), so every replica answers from the same archive. Commands see the same
// `Core` as in-process; a reload swaps the whole snapshot at once, never half of it.
import pg from 'pg';
import type { Core } from '../core/core.ts';
import type { Article, Corpus } from '../corpus/types.ts';
import { quoteBookFrom, type FullQuoteBook } from '../quotes/book.ts';
import type { QuoteBook } from '../quotes/types.ts';
import { createSearchEngine, restoreSearchEngine, searchEngineOver, type LocalSearchEngine } from '../search/engine.ts';
import { resolveOptions } from '../search/options.ts';
import { PostgresSource } from '../search/sources/postgres.ts';
import { indexFingerprint } from '../search/persist.ts';
import type { SearchEngine } from '../search/types.ts';
import { checkReachable, openPool } from './db.ts';
import { SEARCH_BLOB } from './index-run.ts';
import { migrate } from './migrate.ts';
import { readCorpus } from './read-corpus.ts';
import { readQuoteBook } from './quote-store.ts';
import { CHANGES_CHANNEL, readBlob, writeBlob } from './state.ts';
import { extractQuoteData } from '../quotes/book.ts';

export interface StoreCore extends Core {
  /** The corpus version this replica answers from. */
  version(): number;
  /** Reads the store again now (also done on every NOTIFY). */
  reload(): Promise<void>;
  /** Whether the database answers, for health checks. */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreCoreOptions {
  databaseUrl: string;
  warn?: (message: string) => void;
  /** Follow `npm run index` through LISTEN/NOTIFY (default true). */
  listen?: boolean;
  /**
   * Where search candidates come from: `postgres` (bounded queries on the store, default) or
   * `local` (the in-process index, built from the same corpus). Both are ranked by the same reader.
   */
  source?: 'postgres' | 'local';
}

const OPTIONS = resolveOptions();

interface Snapshot {
  version: number;
  corpus: Corpus;
  search: SearchEngine;
  quotes: QuoteBook;
  articles: Map<string, Article>;
}

export async function createStoreCore({ databaseUrl, warn, listen = true, source = 'postgres' }: StoreCoreOptions): Promise<StoreCore> {
  const pool = openPool(databaseUrl);
  await checkReachable(pool);
  await migrate(pool);
  let current = await loadSnapshot(pool, source, warn);
  let loading: Promise<void> | null = null;
  const reload = (): Promise<void> =>
    (loading ??= loadSnapshot(pool, source, warn)
      .then((next) => {
        if (next.version >= current.version) current = next;
      })
      .finally(() => (loading = null)));
  const health = watchReachability(pool);
  const listener = listen ? await listenForChanges(databaseUrl, (version) => version > current.version && void reload().catch((err: unknown) => warn?.(`reload failed: ${String(err)}`))) : null;
  return {
    get corpus() {
      return current.corpus;
    },
    get search() {
      return current.search;
    },
    get quotes() {
      return current.quotes;
    },
    articleOf: (source) => current.articles.get(source),
    version: () => current.version,
    reload,
    reachable: () => pool.query('SELECT 1').then(() => true, () => false),
    status: () => ({ database: health.reachable ? 'reachable' : 'unreachable', version: current.version }),
    async close() {
      health.stop();
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

async function loadSnapshot(pool: pg.Pool, source: 'postgres' | 'local', warn?: (message: string) => void): Promise<Snapshot> {
  const { corpus, warnings, version } = await readCorpus(pool);
  for (const w of warnings) warn?.(w);
  const local = await openEngine(pool, corpus, warn);
  // The in-process index stays the lexicon (questions are planned against its vocabulary).
  const search = source === 'local' ? local : searchEngineOver({ passages: corpus.passages, lexicon: local.local, source: await PostgresSource.open(pool, corpus.passages, OPTIONS), options: OPTIONS });
  const data = await readQuoteBook(pool, version);
  let book: FullQuoteBook | undefined;
  // Not made for this version yet (`npm run index` writes it next): extracted here at first use.
  const get = (): FullQuoteBook => (book ??= quoteBookFrom(corpus, data ?? extractQuoteData(corpus)));
  const quotes: QuoteBook = {
    speakers: () => get().speakers(),
    findSpeaker: (name) => get().findSpeaker(name),
    suggest: (name, max) => get().suggest(name, max),
    quotesBy: (speaker, about) => get().quotesBy(speaker, about),
    alsoNamed: (name) => get().alsoNamed(name),
    longestName: () => get().longestName(),
  };
  return { version, corpus, search, quotes, articles: new Map(corpus.articles.map((a) => [a.source, a])) };
}

/** The index saved in the store for this corpus and engine code, else built here and saved for the others. */
async function openEngine(pool: pg.Pool, corpus: Corpus, warn?: (message: string) => void): Promise<LocalSearchEngine> {
  const key = await indexFingerprint(corpus);
  const saved = await readBlob(pool, SEARCH_BLOB, key);
  if (saved) {
    try {
      return restoreSearchEngine(corpus, saved);
    } catch (err) {
      warn?.(`The search index saved in the database could not be loaded (${String(err)}); rebuilding it.`);
    }
  }
  const engine = createSearchEngine(corpus);
  await writeBlob(pool, SEARCH_BLOB, key, engine.local.serialize()).catch((err: unknown) => warn?.(`Could not save the search index in the database (${String(err)}).`));
  return engine;
}

/** How often a replica checks that the database answers, for its health endpoint. */
const HEALTH_EVERY_MS = 2000;

/** The last answer to a `SELECT 1` every HEALTH_EVERY_MS, so a health check never waits on the database. */
function watchReachability(pool: pg.Pool): { reachable: boolean; stop(): void } {
  const state = { reachable: true, stop: () => clearInterval(timer) };
  const timer = setInterval(() => {
    pool.query('SELECT 1').then(
      () => (state.reachable = true),
      () => (state.reachable = false),
    );
  }, HEALTH_EVERY_MS);
  timer.unref();
  return state;
}

/** A connection of its own that LISTENs for new versions; reconnects when the database drops it. */
async function listenForChanges(url: string, onVersion: (version: number) => unknown): Promise<{ end(): Promise<void> }> {
  let client: pg.Client | null = null;
  let ended = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => n.channel === CHANGES_CHANNEL && onVersion(Number(n.payload)));
    c.on('error', () => undefined);
    c.on('end', () => {
      if (!ended) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANGES_CHANNEL}`);
    client = c;
    // Announcements missed while disconnected: the caller compares versions, so one check suffices.
    const { rows } = await c.query<{ value: string }>("SELECT value FROM store_state WHERE key = 'corpus_version'");
    onVersion(Number(rows[0]?.value ?? 0));
  };
  await connect();
  return {
    async end() {
      ended = true;
      await client?.end();
    },
  };
}
