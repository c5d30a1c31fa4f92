// What `npm start` serves: a live core that is loaded in the background (platforms answer from
// what is ready meanwhile, saying how far reading got) and then follows the data folder, with a
// log line per file added, changed or removed.
import type { Logger } from '../log.ts';
import type { ProgressFactory } from '../progress.ts';
import { createCore, type CreateCoreOptions } from './create.ts';
import { LiveCore, type CoreChanges } from './live.ts';
import { watchArticles, type Watching } from './watch.ts';

export interface FollowOptions {
  dataDir: string;
  cacheDir?: string;
  log: Logger;
  progress?: ProgressFactory;
  /** Passage vectors (answers by meaning) are opened after each load; told when they are in. */
  onVectors?: CreateCoreOptions['onVectors'];
  /** Extract a reloaded corpus's quotes before serving it (platforms: autocomplete must answer from memory). */
  eagerQuotes?: boolean;
  /** Serve from PostgreSQL: the store follows `npm run index` itself (LISTEN/NOTIFY), so the folder is not watched. */
  databaseUrl?: string;
}

export interface Following {
  core: LiveCore;
  /** Resolves once the first load is served. */
  ready: Promise<void>;
  /** Stops following the folder. */
  stop(): Promise<void>;
  /** Resolves once no reload is due or running. */
  settled(): Promise<void>;
}

export function loadAndFollow({ dataDir, cacheDir, log, progress, onVectors, eagerQuotes = false, databaseUrl }: FollowOptions): Following {
  const core = new LiveCore();
  const warn = (m: string) => log.warn(m);
  let watching: Watching | undefined;
  let stopped = false;
  const reload = async (): Promise<void> => {
    const started = Date.now();
    const next = await createCore({ dataDir, cacheDir, warn, onVectors });
    if (eagerQuotes) next.quotes.speakers();
    const changes = core.swap(next);
    logChanges(log, changes, Date.now() - started);
  };
  const ready = (async () => {
    const first = await createCore({ dataDir, cacheDir, warn, onVectors, progress, onRead: (done, total) => core.noteReading(done, total), databaseUrl });
    core.swap(first);
    log.info({ articles: core.corpus.articles.length, passages: core.corpus.passages.length }, 'coverage loaded');
    if (!stopped && !databaseUrl) watching = watchArticles({ dataDir, cacheDir, log, reload });
  })();
  return {
    core,
    ready,
    stop: () => {
      stopped = true;
      watching?.close();
      return Promise.resolve();
    },
    settled: async () => {
      await ready;
      await watching?.settled();
    },
  };
}

function logChanges(log: Logger, { added, changed, removed }: CoreChanges, ms: number): void {
  for (const a of added) log.info({ file: a.source, passages: a.passages.length }, `article added: ${a.source}`);
  for (const a of changed) log.info({ file: a.source, passages: a.passages.length }, `article changed: ${a.source}`);
  for (const a of removed) log.info({ file: a.source }, `article removed: ${a.source}`);
  if (added.length + changed.length + removed.length > 0) log.info({ added: added.length, changed: changed.length, removed: removed.length, ms }, 'articles updated');
}
