// Follows the data folder while the bot serves: any file added, changed or removed there leads to
// a reload in the background (`reload`), at most one at a time, and one more if files changed
// while it ran. fs.watch's caveats are handled: its events come doubled or merged (they are only a
// hint, debounced; what counts is whether the files' state changed), its recursive mode is missing
// on some platforms and its watches can run out (then the folder is polled), and it may miss an
// event (a slow poll backs it up).
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { dataFilesState } from '../cache/fingerprint.ts';

export interface WatchLog {
  warn(fields: object, message: string): void;
}

export interface WatchOptions {
  dataDir: string;
  /** Left out of the watch (when it sits inside the data folder). */
  cacheDir?: string;
  log: WatchLog;
  /** Reads the folder again and serves the result. */
  reload: () => Promise<void>;
  debounceMs?: number;
  /** How often the folder is checked without any event. */
  pollMs?: number;
  /**
   * Whether to compare the folder's state (every file's size and times, hashed) before reloading;
   * default always. A reload that finds changes itself (file by file) skips this second walk.
   */
  compareState?: () => boolean;
  /**
   * The folder's state (`dataFilesState(dataDir, cacheDir).key`) the served articles were read from, when
   * known: the first check compares with it instead of walking the folder once more at start-up.
   */
  initialKey?: string;
}

export interface Watching {
  close(): void;
  /** Resolves once no reload is due or running (for tests and the bench). */
  settled(): Promise<void>;
}

export function watchArticles({ dataDir, cacheDir, log, reload, debounceMs = 200, pollMs = 30_000, compareState = () => true, initialKey }: WatchOptions): Watching {
  let lastKey = initialKey ?? stateKey(dataDir, cacheDir);
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      if (compareState()) {
        const key = stateKey(dataDir, cacheDir);
        if (key === lastKey) continue;
        lastKey = key;
      }
      try {
        await reload();
      } catch (err) {
        log.warn({ err }, 'the articles could not be read again; still serving the previous ones');
      }
    } while (again);
  };
  const check = (): void => {
    pending = false;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => (running = undefined));
  };
  const schedule = (): void => {
    clearTimeout(timer);
    pending = true;
    timer = setTimeout(check, debounceMs);
  };
  let poll: NodeJS.Timeout | undefined;
  const pollEvery = (ms: number): void => {
    clearInterval(poll);
    poll = setInterval(schedule, ms);
    poll.unref();
  };
  const fallbackMs = Math.min(pollMs, 2000);
  const watcher = startWatch(dataDir, cacheDir, schedule, (err) => {
    log.warn({ err: err.message }, `cannot watch ${dataDir} for changes; checking it every ${fallbackMs / 1000} s instead`);
    pollEvery(fallbackMs);
  });
  if (!poll) pollEvery(watcher ? pollMs : fallbackMs);
  return {
    close() {
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
    },
    async settled() {
      while (pending || running) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, debounceMs));
      }
    },
  };
}

interface Closable {
  close(): void;
}

function startWatch(dataDir: string, cacheDir: string | undefined, onEvent: () => void, onError: (err: Error) => void): Closable | undefined {
  const cache = cacheDir ? path.resolve(cacheDir) : undefined;
  try {
    if (process.platform === 'linux') return watchFolders(dataDir, cache, onEvent, onError);
    const watcher = watch(dataDir, { recursive: true, persistent: false }, (_event, name) => {
      if (name && ignored(path.resolve(dataDir, name.toString()), dataDir, cache)) return;
      onEvent();
    });
    watcher.on('error', (err) => {
      watcher.close();
      onError(err);
    });
    return watcher;
  } catch (err) {
    onError(err instanceof Error ? err : new Error(String(err)));
    return undefined;
  }
}

/**
 * On Linux, Node 20's recursive watch puts a watch on every file (half a second of start-up at 3,000
 * files, and thousands of inotify watches): one watch per folder sees its files added, changed and
 * removed just as well. A folder created later is watched from its first event.
 */
function watchFolders(dataDir: string, cache: string | undefined, onEvent: () => void, onError: (err: Error) => void): Closable {
  const watchers = new Map<string, FSWatcher>();
  const closeAll = () => {
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
  const add = (dir: string): void => {
    if (watchers.has(dir)) return;
    const watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (!name) return onEvent();
      const full = path.resolve(dir, name.toString());
      if (ignored(full, dataDir, cache)) return;
      if (!watchers.has(full) && isFolder(full)) walk(full);
      onEvent();
    });
    watcher.on('error', (err) => {
      if (dir !== path.resolve(dataDir) && !isFolder(dir)) {
        // A removed subfolder: its watch ends, the others go on.
        watcher.close();
        watchers.delete(dir);
        return onEvent();
      }
      closeAll();
      onError(err);
    });
    watchers.set(dir, watcher);
  };
  const walk = (dir: string): void => {
    add(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !ignored(full, dataDir, cache)) walk(full);
    }
  };
  walk(path.resolve(dataDir));
  return { close: closeAll };
}

function isFolder(full: string): boolean {
  try {
    return statSync(full).isDirectory();
  } catch {
    return false;
  }
}

/** Hidden files (editors' swap files, .git) and the cache folder: the loader does not read them either. */
function ignored(full: string, dataDir: string, cache: string | undefined): boolean {
  if (cache && (full === cache || full.startsWith(cache + path.sep))) return true;
  return path.relative(path.resolve(dataDir), full).split(path.sep).some((part) => part.startsWith('.'));
}

function stateKey(dataDir: string, cacheDir: string | undefined): string | null {
  try {
    return dataFilesState(dataDir, cacheDir).key;
  } catch {
    return null; // the folder is gone or unreadable: the reload says what is wrong
  }
}
