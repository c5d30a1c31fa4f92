// What `npm start` serves: a live core that is loaded in the background (platforms answer from
// what is ready meanwhile, saying how far reading got) and then follows the data folder file by
// file (`archive.ts`: only changed files are read, the index takes them as a segment), with a log
// line per file added, changed or removed. What changed is saved a few seconds later, so the next
// start reads it back instead of the folder.
import type { Logger } from '../log.ts';
import type { ProgressFactory } from '../progress.ts';
import { createCore, type CreateCoreOptions } from './create.ts';
import { LiveCore, type CoreChanges } from './live.ts';
import { watchArticles, type Watching } from './watch.ts';
import { attachSentenceVectors } from '../search/semantic/open.ts';
import { Archive, changedNear, type Applied, type FirstLoad } from './archive.ts';
import { changedFiles, setAsideTakenOut, somethingChanged, stampFiles, type Stamps, type Walked } from './archive-files.ts';
import type { VectorIndex } from '../search/semantic/vector-index.ts';
import { refitVectors, saveArchive } from './archive-save.ts';
import type { Core } from './core.ts';
import { quotesMeanwhile } from './quotes-meanwhile.ts';

export interface FollowOptions {
  dataDir: string;
  cacheDir?: string;
  log: Logger;
  progress?: ProgressFactory;
  /** Passage vectors (answers by meaning) are opened after each load; told when they are in. */
  onVectors?: CreateCoreOptions['onVectors'];
  onSentences?: CreateCoreOptions['onSentences'];
  /** Extract a reloaded corpus's quotes before serving it (platforms: autocomplete must answer from memory). */
  eagerQuotes?: boolean;
  /** Serve from PostgreSQL: the store follows `npm run index` itself (LISTEN/NOTIFY), so the folder is not watched. */
  databaseUrl?: string;
  /** How long after the last change what changed is saved (default 5 s). */
  saveAfterMs?: number;
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

export function loadAndFollow(options: FollowOptions): Following {
  const { dataDir, cacheDir, log, progress, eagerQuotes = false, databaseUrl, saveAfterMs = 5000 } = options;
  const core = new LiveCore();
  const warn = (m: string) => log.warn(m);
  let watching: Watching | undefined;
  let stopped = false;
  let archive: Archive | null = null;
  let saveTimer: NodeJS.Timeout | undefined;
  let refitting = false;
  /**
   * What follows the folder file by file from the last whole load. Its files' stamps are taken once
   * that load is served; the archive itself (a map from a hash of every passage's text to its files:
   * about 130 MB of heap at 1M passages, with the change's index segment) is opened at the first change,
   * so a bot whose files do not change never holds it. Null when the folder cannot be followed file by file (each change reloads it whole).
   */
  let follower: Follower | null = null;
  /** The folder's state the last whole load was read from (when the cache folder took it): the watch's starting point. */
  let loadedKey: string | undefined;
  /** Loads the folder whole; the archive follows it file by file from there. */
  const loadWhole = async (extra: Partial<CreateCoreOptions>) => {
    // Told by createCore: what it was made from, and (later, in the background) the vectors of its passages.
    const made: { first?: Omit<FirstLoad, 'served' | 'stamps' | 'loadedAtMs'>; served?: LiveCore['corpus']['passages']; vectors?: VectorIndex; archive?: Archive | null } = {};
    const onVectors: CreateCoreOptions['onVectors'] =
      options.onVectors && ((v) => ((made.vectors = v.vectors), made.served && made.archive?.attachVectors(v.vectors, made.served), options.onVectors?.(v)));
    archive = null;
    follower = null;
    const loadedAtMs = Date.now();
    const next = await createCore({ dataDir, cacheDir, warn, onVectors, onSentences: options.onSentences, databaseUrl, ...extra, onOpened: (opened, engine) => ((made.first = { opened, engine }), (loadedKey = opened.filesKey)) });
    made.served = next.corpus.passages;
    const { first } = made;
    if (!first || databaseUrl) return next;
    // After the core is served: the first answers never wait for it. Files changed meanwhile are caught
    // by the first check: the archive reads again every file changed since the load began.
    const stamped = new Promise((resolve) => setImmediate(resolve)).then(async () => {
      // A fresh load's cross-file record is saved now: the next start follows the folder from the saved corpus with it.
      const { opened } = first;
      if (cacheDir) setAsideTakenOut(opened, cacheDir, dataDir, warn);
      return (await stampFiles(dataDir)).stamps;
    });
    stamped.catch(() => undefined); // reported by the change that waits for it
    let opened: Promise<Archive | null> | undefined;
    // Only the corpus: a closure naming `next` would keep this whole core (its quote book: ~250 MB of heap at
    // 1M passages) alive beside the next one after a change.
    const served = next.corpus;
    const open = (stamps: Stamps): Promise<Archive | null> =>
      (opened ??= Archive.open({ dataDir, cacheDir, warn }, { ...first, stamps, loadedAtMs, served }).then((a) => {
        if (a && made.vectors) a.attachVectors(made.vectors, made.served!);
        return (made.archive = archive = a);
      }));
    follower = { stamped, open, loadedAtMs };
    return next;
  };
  /**
   * The archive to apply a change with: opened at the first change; null when nothing changed yet or
   * it cannot be opened. With it, the folder as the first change's check walked it (applied from that walk).
   */
  const archiveFor = async (): Promise<{ archive: Archive | null; walked?: Walked } | 'unchanged'> => {
    if (archive || !follower) return { archive };
    const stamps = await follower.stamped;
    // Not opened for a check that finds nothing (the watch's slow poll): the stamps say so in one stat walk.
    const walked = changedNear(stamps, follower.loadedAtMs) ? undefined : await stampFiles(dataDir);
    if (walked && !somethingChanged(changedFiles(walked, stamps))) return 'unchanged';
    return { archive: await follower.open(stamps), walked };
  };
  const applied = (done: Applied, started: number): void => {
    // Files the change rewrote or removed: the previous book's quotes from them are not given while the new one is made.
    const stale = new Set<string>();
    const changes = core.swap(eagerQuotes ? remakingQuotes(done.core, stale) : done.core);
    if (eagerQuotes) for (const a of [...changes.changed, ...changes.removed]) stale.add(a.source);
    logChanges(log, changes, Date.now() - started, done.ms);
    // The changed engine has no sentence vectors: saved per passage text, only the new passages are embedded.
    if (options.onSentences) void attachSentenceVectors(done.core, { dataDir, cacheDir, warn, onEvent: options.onSentences });
    if (!cacheDir || !archive) return;
    const followed = archive;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void saveArchive(followed, { dataDir, cacheDir, warn }).catch((err: unknown) => warn(`what changed could not be saved (${String(err)}); the next start reads the folder`)), saveAfterMs);
    saveTimer.unref();
    if (options.onVectors && !refitting && archive.sinceFit > Math.max(1000, core.corpus.passages.length * 0.05)) {
      refitting = true;
      void refitVectors(followed, { dataDir, cacheDir, warn }).finally(() => (refitting = false));
    }
  };
  /** The quote book being remade after the last change, if any (`settled` waits for it). */
  let remaking: Promise<void> | undefined;
  /**
   * With platforms connected the changed core's quote book is made at once, on a thread (at 1M passages
   * ~100 s of work): the core is served meanwhile, its quotes answered by the previous book.
   */
  const remakingQuotes = (next: Core, stale: ReadonlySet<string>): Core => {
    const book = next.quotes;
    const began = Date.now();
    const made = (book.prepare?.() ?? Promise.resolve()).then(
      () => log.info({ ms: Date.now() - began }, 'quote book remade'),
      (err: unknown) => log.warn({ err }, 'the quote book could not be remade on a thread; it is made at the next quote request'),
    );
    remaking = made;
    return { ...next, quotes: quotesMeanwhile(core.quotes, book, made, stale) };
  };
  const reload = async (): Promise<void> => {
    const started = Date.now();
    let followed: Awaited<ReturnType<typeof archiveFor>> = { archive: null };
    try {
      followed = await archiveFor();
    } catch (err) {
      log.warn({ err }, 'the folder cannot be followed file by file; each change reloads it whole');
      follower = null;
    }
    if (followed === 'unchanged') return;
    if (followed.archive) {
      try {
        const done = await followed.archive.apply(followed.walked);
        if (done) applied(done, started);
        return;
      } catch (err) {
        log.warn({ err }, 'a change could not be applied file by file; reading the folder whole');
        archive = null;
        follower = null;
      }
    }
    const next = await loadWhole({});
    if (eagerQuotes) next.quotes.speakers();
    logChanges(log, core.swap(next), Date.now() - started);
  };
  const ready = (async () => {
    const first = await loadWhole({ progress, onRead: (done, total) => core.noteReading(done, total) });
    core.swap(first);
    log.info({ articles: core.corpus.articles.length, passages: core.corpus.passages.length }, 'coverage loaded');
    // Followed file by file, a reload finds what changed itself (and does nothing when nothing did).
    if (!stopped && !databaseUrl) watching = watchArticles({ dataDir, cacheDir, log, reload, compareState: () => follower === null, initialKey: loadedKey });
  })();
  return {
    core,
    ready,
    stop: () => {
      stopped = true;
      clearTimeout(saveTimer);
      watching?.close();
      return Promise.resolve();
    },
    settled: async () => {
      await ready;
      await follower?.stamped.catch(() => undefined);
      await watching?.settled();
      await remaking;
    },
  };
}

/** Following the last whole load: the files' stamps as it was served, and the archive opened from them. */
interface Follower {
  stamped: Promise<Stamps>;
  open(stamps: Stamps): Promise<Archive | null>;
  /** When that load began: a file changed since may not be what it read. */
  loadedAtMs: number;
}

function logChanges(log: Logger, { added, changed, removed }: CoreChanges, ms: number, steps?: Applied['ms']): void {
  for (const a of added) log.info({ file: a.source, passages: a.passages.length }, `article added: ${a.source}`);
  for (const a of changed) log.info({ file: a.source, passages: a.passages.length }, `article changed: ${a.source}`);
  for (const a of removed) log.info({ file: a.source }, `article removed: ${a.source}`);
  if (added.length + changed.length + removed.length === 0) return;
  const how = steps ? { fileByFile: true, readMs: Math.round(steps.read), crossFileMs: Math.round(steps.crossFile), indexMs: Math.round(steps.index) } : { fileByFile: false };
  log.info({ added: added.length, changed: changed.length, removed: removed.length, ms, ...how }, 'articles updated');
}
