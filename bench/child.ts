// A fresh process for the bench's build and start-up figures: `build` loads and indexes with an empty
// cache and saves both, `phases` times each step of a start from the saved corpus and index, `live`
// times how long one file added to the data folder takes to be served (as `npm start` follows it).
// Prints one JSON line on stdout.
import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAndFollow } from '../src/core/follow.ts';
import { createLogger } from '../src/log.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { createQuoteBookOnThreads } from '../src/quotes/book.ts';
import { createSearchEngine, restoreSearchEngine, type LocalSearchEngine } from '../src/search/engine.ts';
import { cacheFile, indexFingerprint, openSearchEngine } from '../src/search/persist.ts';
import { openCorpus } from '../src/cache/corpus.ts';
import { dataFilesState } from '../src/cache/fingerprint.ts';
import { setAsideTakenOut } from '../src/core/archive-files.ts';
import { heapMb, round, rssMb, timed, timedAsync } from './stats.ts';

// Process start to the end of the imports: the part of start-up spent loading code.
const importsMs = performance.now();

async function build(dataDir: string, cacheDir: string): Promise<object> {
  const laps = { load_ms: 0, build_ms: 0, serialize_ms: 0 };
  const load = async (dir: string) => {
    const t = await timedAsync(() => loadCorpus(dir));
    laps.load_ms = t.ms;
    return t.value;
  };
  const opened = await timedAsync(() => openCorpus(dataDir, { cacheDir, warn, load }));
  const factory = {
    create: (c: Parameters<typeof createSearchEngine>[0]) => {
      const t = timed(() => createSearchEngine(c));
      laps.build_ms = t.ms;
      return timingSerialize(t.value, laps);
    },
    restore: restoreSearchEngine,
  };
  const { corpus, contentHash } = opened.value;
  // As `npm start` does: what the cross-file step took out is saved (and let go), so the live child follows the folder file by file.
  setAsideTakenOut(opened.value, cacheDir, dataDir, warn);
  const open = await timedAsync(() => openSearchEngine(corpus, { dataDir, cacheDir, factory, warn, contentHash }));
  return {
    ...laps, open_corpus_ms: opened.ms, corpus_from: opened.value.from, open_index_ms: open.ms, index_from: open.value.from,
    passages: corpus.passages.length, articles: corpus.articles.length, heap_mb: heapMb(), ...rssMb(),
  };
}

function timingSerialize(engine: LocalSearchEngine, laps: { serialize_ms: number }): LocalSearchEngine {
  const serialize = engine.local.serializeParts.bind(engine.local);
  engine.local.serializeParts = () => {
    const t = timed(serialize);
    laps.serialize_ms = t.ms;
    return t.value;
  };
  return engine;
}

async function phases(dataDir: string, cacheDir: string, question: string, quotes?: string): Promise<object> {
  const out: Record<string, number | string> = { imports_ms: importsMs };
  lap(out, 'data_files_stat_ms', timed(() => dataFilesState(dataDir, cacheDir)).ms);
  const opened = await timedAsync(() => openCorpus(dataDir, { cacheDir, warn }));
  lap(out, 'open_corpus_ms', opened.ms);
  out.corpus_from = opened.value.from;
  const corpus = opened.value.corpus;
  lap(out, 'index_key_ms', (await timedAsync(() => indexFingerprint(corpus, opened.value.contentHash))).ms);
  const read = await timedAsync(() => readFile(cacheFile(cacheDir, dataDir)));
  lap(out, 'read_index_ms', read.ms);
  out.index_mb = read.value.length / 2 ** 20;
  const restore = timed(() => restoreSearchEngine(corpus, read.value.subarray(read.value.indexOf(10) + 1)));
  lap(out, 'restore_index_ms', restore.ms);
  lap(out, 'first_search_ms', (await timedAsync(() => restore.value.search(question, { limit: 3 }))).ms);
  lap(out, 'second_search_ms', (await timedAsync(() => restore.value.search(question, { limit: 3 }))).ms);
  // As the bot extracts before its platforms connect: on worker threads (the main thread's own path is `createQuoteBook`).
  if (quotes === 'quotes') lap(out, 'quote_book_ms', (await timedAsync(async () => (await createQuoteBookOnThreads(corpus, { warn })).speakers())).ms);
  Object.assign(out, { heap_mb: heapMb(), ...rssMb() });
  return out;
}

/**
 * Serves the folder as `npm start` does, adds one article file, and times until it is served, with the
 * longest the main thread was busy meanwhile. With `quotes`: as with platforms connected (the quote book
 * prepared first, a changed corpus's quote book remade at once), and until that book is in and finds
 * the added file's quote (`quotes_of_added_file_ms`, the longest block counted until then).
 */
async function live(dataDir: string, cacheDir: string, _question: string, quotes?: string): Promise<object> {
  const eagerQuotes = quotes === 'quotes';
  // What changed is not saved within the run (the file is removed at the end: the next run starts from
  // the same saved files), and its save does not fall inside the window timed here.
  const following = loadAndFollow({ dataDir, cacheDir, log: createLogger('silent', false), eagerQuotes, saveAfterMs: 3_600_000 });
  await following.ready;
  const out: Record<string, number> = {};
  if (eagerQuotes) {
    out.quote_book_ms = (await timedAsync(() => following.core.quotes.prepare?.() ?? Promise.resolve())).ms;
    // Resident memory right after extraction, then heap and resident memory after a full collection.
    out.rss_after_quotes_mb = rssMb().rss_mb;
    Object.assign(out, { heap_after_quotes_mb: heapMb(), rss_after_quotes_gc_mb: rssMb().rss_mb });
  }
  const name = 'zz-bench-added-article.txt';
  const text = 'Bench adds a late article\n\nA late article about the harbour was added while the bot was serving.\n\n“The harbour will reopen in the spring,” said Mara Quill, the harbour master.\n';
  const blocked = blockWatch();
  const started = performance.now();
  await writeFile(path.join(dataDir, name), text);
  while (!following.core.articleOf(name)) {
    if (performance.now() - started > 600_000) throw new Error('bench child live: the added file was never served');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const ms = performance.now() - started;
  if (eagerQuotes) {
    // The changed corpus's quote book is made while the file is served: until it is in, the previous book answers.
    await following.core.quotes.prepare?.();
    out.quotes_of_added_file_ms = performance.now() - started;
    out.added_quote_found = following.core.quotes.quotesBy('Mara Quill').some((q) => q.source === name) ? 1 : 0;
  }
  const longest = blocked.stop();
  await following.stop();
  await unlink(path.join(dataDir, name));
  return { ...out, apply_one_added_file_ms: ms, longest_block_ms: longest, heap_mb: heapMb(), ...rssMb() };
}

/** The longest the main thread went without running a 10 ms timer, from now until `stop()`. */
function blockWatch(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return { stop: () => (clearInterval(timer), Math.max(longest, performance.now() - last)) };
}

/** Records a step's time, and says it on stderr at once: a slow step shows while the bench runs. */
function lap(out: Record<string, number | string>, name: string, ms: number): void {
  out[name] = ms;
  process.stderr.write(`bench child phases: ${name} ${round(ms)}\n`);
}

/** CPU time this process used: close to what wall time would be on an idle machine. */
function cpuMs(): { cpu_ms: number } {
  const { user, system } = process.cpuUsage();
  return { cpu_ms: (user + system) / 1000 };
}

function warn(message: string): void {
  process.stderr.write(`bench child warning: ${message}\n`);
}

const [mode, dataDir, cacheDir, question = 'what happened?', extra] = process.argv.slice(2);
if (!dataDir || !cacheDir) throw new Error('usage: child.ts build|phases|live <dataDir> <cacheDir> [question]');
const run = { build, phases, live }[mode as 'build' | 'phases' | 'live'];
if (!run) throw new Error(`bench child: unknown mode ${mode}`);
const result = { ...(await run(dataDir, cacheDir, question, extra)), ...cpuMs() };
process.stdout.write(`${JSON.stringify(result, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))}\n`);
