// The core answering from the database (DATABASE_URL). A replica holds only what planning and
// ranking need and is small: the term table (`search_terms`, as a vocabulary without postings) and
// the articles' metadata with their passage counts, the quote book's speakers. Candidates come from
// bounded queries on the store, and their passages, and the articles a reply cites, are fetched
// with them (`PostgresSource`, `StoredArticles`); a speaker's quotes when asked for
// (`StoredQuoteBook`), an article for /context (`fetchArticles`). The whole corpus is read only
// for the commands that still need it (`prepare('corpus')`: the passages dump). Every
// `npm run index` announces a new version (LISTEN/NOTIFY); a reload swaps the whole snapshot at once.
import { setFlagsFromString } from 'node:v8';
import type pg from 'pg';
import type { Core, CoreScope } from '../core/core.ts';
import type { Article, Corpus } from '../corpus/types.ts';
import type { QuoteBook } from '../quotes/types.ts';
import { searchEngineOver } from '../search/engine.ts';
import { resolveOptions } from '../search/options.ts';
import { StoreLexicon } from '../search/sources/postgres-lexicon.ts';
import { PostgresSource } from '../search/sources/postgres.ts';
import type { SearchEngine } from '../search/types.ts';
import { StoredArticles } from './articles.ts';
import { StoredQuoteBook } from './quote-book.ts';
import { StoredVectors } from './vectors-read.ts';
import { StoredSenses } from './senses-read.ts';
import { StoredRoleHolders } from './roles-read.ts';
import { startEncoderThread, type EncoderThread } from '../search/semantic/encoder-thread.ts';
import { questionEmbedder, type EmbedQuestion } from '../search/semantic/sentence-index.ts';
import { HybridSource } from '../search/semantic/hybrid.ts';
import { checkReachable, openPool } from './db.ts';
import { loadWhole, type Whole } from './whole.ts';
import { listenForChanges, watchReachability } from './listen.ts';
import { migrate } from './migrate.ts';
import { corpusVersion, readState } from './state.ts';

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
   * `local` (the in-process index over the whole stored corpus, read at start). Both are ranked by the same reader.
   */
  source?: 'postgres' | 'local';
  /**
   * Embeds a question with the sentence encoder, for an archive whose passages have their encoder
   * vectors (`senses-write.ts`); default an encoder thread of this replica's, started at the first
   * question (a benchmark gives vectors made beforehand). Null: words and word vectors only.
   */
  embedQuestion?: EmbedQuestion | null;
  /** How long an answer waits for the question's sentence vector (default `semantic.sentenceWaitMs`; the CLI waits for it). */
  sentenceWaitMs?: number;
}

const OPTIONS = resolveOptions();

interface Snapshot {
  version: number;
  articles: StoredArticles;
  search: SearchEngine;
  passages: number;
  /** The stored quote book's speakers (their quotes read per request); null until `npm run index` made it for this version. */
  book: StoredQuoteBook | null;
  outline?: Corpus;
  /** The stored passage vectors this snapshot ranks with (their model is reused by the next snapshot when unchanged). */
  vectors: StoredVectors | null;
  /** The stored sentence-encoder vectors (the next snapshot reads only the rows this one lacks). */
  senses: StoredSenses | null;
  /** The office holders the planner reads; `stale` until `npm run index` wrote them for this version (read again when it announces it). */
  roles: StoredRoleHolders;
  /** The whole corpus and the quote book, once a command needed them. */
  whole?: Whole;
  loadingWhole?: Promise<Whole>;
}

/**
 * For a process that serves from the store (the bot, the CLI, the replica bench), called before it
 * opens one: a replica's heap is small (~55 MB live at 1M) but each /ask leaves a few MB of row
 * garbage: with V8's default growth the heap reached ~220 MB before a full collection (1M RSS
 * 354-419 MB after 300 questions); collecting sooner keeps it near 75 MB (RSS ~210-220 MB) at no
 * measured cost to p99. Process-wide, so not done by `createStoreCore` itself (tests and benches that
 * open a store beside the in-process engine keep V8's defaults).
 */
export function tuneHeapForReplica(): void {
  setFlagsFromString('--optimize-for-size');
}

export async function createStoreCore({ databaseUrl, warn, listen = true, source = 'postgres', embedQuestion, sentenceWaitMs }: StoreCoreOptions): Promise<StoreCore> {
  const pool = openPool(databaseUrl);
  await checkReachable(pool);
  let thread: EncoderThread | undefined;
  const embed: EmbedQuestion | null =
    embedQuestion === undefined ? questionEmbedder(() => (thread ??= startEncoderThread())) : embedQuestion;
  await migrate(pool);
  const open = async (before?: Snapshot): Promise<Snapshot> => {
    const next = await openSnapshot(pool, embed, sentenceWaitMs, before);
    warnRoles(next, warn);
    if (source === 'local') {
      next.whole = await loadWhole(pool, next.version, { warn, localSearch: true });
      next.search = next.whole.search!;
    }
    return next;
  };
  let current = await open();
  let loading: Promise<void> | null = null;
  const reload = (): Promise<void> =>
    (loading ??= open(current)
      .then((next) => {
        if (next.version >= current.version) current = next;
      })
      .finally(() => (loading = null)));
  const whole = (s: Snapshot): Promise<Whole> =>
    (s.loadingWhole ??= loadWhole(pool, s.version, { warn }).then((w) => (s.whole = w)));
  const health = watchReachability(pool);
  // The version this replica serves is announced again once its office holders are written (a replica
  // started mid-run, or serving a store indexed before holders existed): reloaded when the holders
  // stored changed since its snapshot read them (not at the listener's own check of the version served).
  const behind = async (version: number): Promise<boolean> =>
    version > current.version ||
    (version === current.version && current.roles.state !== 'current' && (await readState(pool, 'roles_version')) !== current.roles.made);
  const onVersion = (version: number): void =>
    void behind(version)
      .then((yes) => (yes ? reload() : undefined))
      .catch((err: unknown) => warn?.(`reload failed: ${String(err)}`));
  const listener = listen ? await listenForChanges(databaseUrl, onVersion) : null;
  return {
    get corpus(): Corpus {
      // Until a command needs the whole corpus: the articles' metadata, no passages.
      return current.whole?.corpus ?? (current.outline ??= { articles: current.articles.outlines(), passages: [] });
    },
    get search() {
      return current.search;
    },
    get quotes(): QuoteBook {
      const s = current;
      if (s.whole) return s.whole.quotes;
      if (s.book) return s.book;
      // Autocomplete asked before any command needed the book: answered once it is read.
      void whole(s).catch((err: unknown) => warn?.(`could not read the quote book: ${String(err)}`));
      return EMPTY_BOOK;
    },
    articleOf: (source): Article | undefined => current.whole?.articles.get(source) ?? current.articles.get(source),
    passageCount: (source) => (source === undefined ? current.passages : current.articles.passageCount(source)),
    fetchArticles: (sources) => current.articles.fetch(sources),
    async prepare(scope: CoreScope) {
      if (scope === 'corpus') await whole(current);
    },
    version: () => current.version,
    reload,
    reachable: () => pool.query('SELECT 1').then(() => true, () => false),
    status: () => ({ database: health.reachable ? 'reachable' : 'unreachable', version: current.version, passages: current.passages }),
    async close() {
      health.stop();
      await listener?.end().catch(() => undefined);
      await thread?.close();
      await pool.end();
    },
  };
}

/** What a replica holds for one version: the term table, the articles' metadata, the search engine. */
async function openSnapshot(pool: pg.Pool, embed: EmbedQuestion | null, waitMs?: number, before?: Snapshot): Promise<Snapshot> {
  const client = await pool.connect();
  try {
    // One consistent view of the version, the articles and the term table.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const version = await corpusVersion(client);
    const articles = await StoredArticles.open(client, pool);
    // Term counts and variants come from the lexicon's vocabulary, read just after with the passages' count.
    const read: { lexicon?: StoreLexicon } = {};
    const source = await PostgresSource.open(pool, OPTIONS, {
      db: client,
      vocabulary: { counts: (terms) => read.lexicon!.counts(terms), variants: (plan, options) => read.lexicon!.variants(plan, options) },
    });
    const roles = await StoredRoleHolders.open(client, version);
    const lexicon = (read.lexicon = await StoreLexicon.open(client, source.passageCount, OPTIONS, roles));
    const book = await StoredQuoteBook.open(client, pool, version);
    const vectors = await StoredVectors.open(client, pool, before?.vectors);
    const senses = embed ? await StoredSenses.open(client, source.passageCount, OPTIONS.semantic.sentenceMaxPassages, embed, before?.senses) : null;
    await client.query('COMMIT');
    // Words first; the stored meaning vectors join in (the passages found by meaning alone fetched with their text).
    const hybrid = new HybridSource(source, source.passageCount, OPTIONS.semantic, (ids) => source.passages(ids));
    if (vectors) hybrid.attach(vectors);
    if (senses) {
      hybrid.attachSentences(senses);
      // The encoder's model loads at its first use (seconds): a bot loads it at its first snapshot with sense vectors, so its
      // first question is not left without it; a caller that waits for it (the CLI) loads it only if a command asks.
      if (waitMs !== undefined) senses.waitMs = waitMs;
      else if (!before?.senses) void senses.embed('warm up').catch(() => undefined);
    }
    const engine = searchEngineOver({ passages: [], lexicon, source: hybrid, options: OPTIONS });
    const search: SearchEngine = {
      async search(query, options) {
        const hits = await engine.search(query, options);
        // Held now, so that the reply's citations read the hits' articles synchronously.
        articles.hold(hits.map((h) => h.passage));
        return hits;
      },
      suggest: (query, max) => engine.suggest(query, max),
    };
    return { version, articles, search, passages: source.passageCount, book, vectors, senses, roles };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Says when a snapshot plans without office holders though it serves passages. */
function warnRoles(s: Snapshot, warn: ((message: string) => void) | undefined): void {
  if (s.passages === 0 || s.roles.state === 'current') return;
  warn?.(
    s.roles.state === 'stale'
      ? `office holders: stored for another corpus version than ${s.version} (npm run index is writing them); none used until it announces the version`
      : `office holders: none stored for ${s.passages} passages (a store indexed before they existed needs npm run index; this replica reads them when the run announces its version)`,
  );
}

const EMPTY_BOOK: QuoteBook = {
  speakers: () => [],
  findSpeaker: () => null,
  alsoNamed: () => [],
  longestName: () => 0,
  suggest: () => [],
  quotesBy: () => [],
};
