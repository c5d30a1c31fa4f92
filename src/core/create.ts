// Builds the core from a folder of articles: load, index, extract quotes.
import { openCorpus, type OpenedCorpus } from '../cache/corpus.ts';
import { openSearchEngine, prefetchIndex } from '../search/persist.ts';
import type { LocalSearchEngine } from '../search/engine.ts';
import { DEFAULT_SEARCH_OPTIONS } from '../search/options.ts';
import { attachSentenceVectors, openVectors, type OpenedVectors, type SentenceEvent } from '../search/semantic/open.ts';
import { savedQuoteBook, type SavedQuoteBook } from '../quotes/persist.ts';
import type { QuoteBook } from '../quotes/types.ts';
import type { Core } from './core.ts';
import { readSourceRules, withSourceMeta } from '../coverage/sources-file.ts';
import type { LoadResult } from '../corpus/load.ts';
import { NO_PROGRESS, type ProgressFactory } from '../progress.ts';

export interface CreateCoreOptions {
  dataDir: string;
  /** Where the loaded corpus and the built index are kept between runs. */
  cacheDir?: string;
  /** Told once per file that could not be read. */
  warn?: (message: string) => void;
  /**
   * Passage vectors for answers by meaning (`search/semantic/`), opened in the background after
   * start-up; called when they are in use. Left out: words only (tests, one-shot CLI runs).
   */
  onVectors?: (opened: OpenedVectors) => void;
  /** With `onVectors`: the sentence encoder's vectors are made too (in a worker thread), and how they come along is told here. */
  onSentences?: (event: SentenceEvent) => void;
  /**
   * With `onVectors`: wait for the vectors (and the sentence vectors, with `onSentences`) before
   * returning, so the first answer is already the one the chat bot gives once they are ready (the CLI).
   */
  meaningFirst?: boolean;
  /** Shows how reading the files and building the index go, when they cannot be read back from the cache. */
  progress?: ProgressFactory;
  /** Told after each file read: files done of the total. */
  onRead?: (done: number, total: number) => void;
  /** With a PostgreSQL URL the core answers from that store (filled by `npm run index`), not from `dataDir`. */
  databaseUrl?: string;
  /** Told what the core was made from (the corpus as loaded or saved, its engine): a live core follows the folder from there. */
  onOpened?: (opened: OpenedCorpus, engine: LocalSearchEngine) => void;
}

/** How long after start-up the passage vectors are opened. */
const VECTORS_AFTER_MS = 1000;
/** With `meaningFirst`, how long an answer waits for the question's sentence vector (a one-shot CLI gives answers, not speed). */
const MEANING_FIRST_WAIT_MS = 30_000;

export async function createCore({ dataDir, cacheDir, warn, onVectors, onSentences, meaningFirst = false, progress = NO_PROGRESS, onRead, databaseUrl, onOpened }: CreateCoreOptions): Promise<Core> {
  if (databaseUrl) {
    // Imported only here: without DATABASE_URL nothing of the store (nor `pg`) is loaded.
    const { createStoreCore, tuneHeapForReplica } = await import('../store/core.ts');
    tuneHeapForReplica();
    return createStoreCore({ databaseUrl, warn, ...(meaningFirst && { sentenceWaitMs: MEANING_FIRST_WAIT_MS }) });
  }
  const shown = tracker(progress, 'reading articles', 'files');
  const load = (dir: string) => loadArticles(dir, (done, total) => (shown(done, total), onRead?.(done, total)));
  // The saved index is read on a worker while the corpus is opened.
  const reading = cacheDir ? prefetchIndex(cacheDir, dataDir) : undefined;
  const opened = await openCorpus(dataDir, { cacheDir, warn, load });
  for (const w of opened.warnings) warn?.(w);
  const { contentHash } = opened;
  // Outlets and dates from sources.yml and file names: applied after the cache, so editing it needs no rebuild.
  const rules = await readSourceRules(dataDir, warn);
  const corpus = { ...opened.corpus, articles: opened.corpus.articles.map((a) => withSourceMeta(a, rules)) };
  const articles = new Map(corpus.articles.map((a) => [a.source, a]));
  const onBuild = tracker(progress, 'building the search index', 'passages');
  const { engine } = await openSearchEngine(corpus, { dataDir, cacheDir, warn, contentHash, onBuild, reading });
  onOpened?.(opened, engine);
  if (onVectors) {
    const open = () =>
      openVectors(corpus, { dataDir, cacheDir, warn, contentHash, sifA: DEFAULT_SEARCH_OPTIONS.semantic.sifA }).then(
        async (opened) => {
          engine.attachVectors?.(opened.vectors);
          onVectors(opened);
          const sentences = onSentences ? openSentences() : undefined;
          if (meaningFirst) await sentences;
        },
        (err: unknown) => warn?.(`Answers by meaning are off: the passage vectors could not be made (${String(err)}).`),
      );
    const openSentences = () => attachSentenceVectors({ corpus, search: engine }, { dataDir, cacheDir, warn, onEvent: onSentences!, ...(meaningFirst ? { waitMs: MEANING_FIRST_WAIT_MS, foreground: true } : {}) });
    // Reading the word table back takes ~0.1 s of the main thread: not while the first question is answered.
    if (meaningFirst) await open();
    else setTimeout(() => void open(), VECTORS_AFTER_MS).unref();
  }
  return {
    corpus,
    search: engine,
    quotes: quotesAtStart(await savedQuoteBook(corpus, { dataDir, cacheDir, contentHash, warn })),
    articleOf: (source) => articles.get(source),
  };
}

/** The loader (and its decoders) is imported only when the saved corpus cannot be used: not on a normal start. */
async function loadArticles(dir: string, onFile: (done: number, total: number) => void): Promise<LoadResult> {
  const { loadCorpus } = await import('../corpus/load.ts');
  return loadCorpus(dir, onFile);
}

/** A `(done, total)` callback that shows a step's progress from its first call and ends it when done reaches total. */
function tracker(progress: ProgressFactory, label: string, unit: string): (done: number, total: number) => void {
  let shown: ReturnType<ProgressFactory> | undefined;
  return (done, total) => {
    shown ??= progress(label, total, unit);
    shown.tick(done);
    if (done >= total) shown.finish();
  };
}

/** How a lazy quote book (`lazyQuoteBook`) gets its book. */
interface QuoteBookMaker {
  /** The book made (or read back) on the main thread, at the first quote request. */
  open(): QuoteBook;
  /** The same book made off the main thread, when `prepare` asks for it ahead of the first request. */
  makeAhead(onProgress?: (done: number, total: number) => void): Promise<QuoteBook>;
}

/** The start-up core's book: made ahead on worker threads, telling progress (the platforms' bar). */
const quotesAtStart = (saved: SavedQuoteBook): QuoteBook => lazyQuoteBook({ open: saved.open, makeAhead: (onProgress) => saved.openOnThreads({ onProgress }) });

/**
 * Extracting quotes reads every sentence of the corpus: done (or read back from the cache) at the
 * first quote request, not at start-up, unless `prepare` makes it ahead (platforms wait for that
 * before they connect; a live change's book is made so while the previous one answers).
 */
export function lazyQuoteBook(maker: QuoteBookMaker): QuoteBook {
  let book: QuoteBook | undefined;
  let preparing: Promise<void> | undefined;
  const get = (): QuoteBook => (book ??= maker.open());
  const prepare = (onProgress?: (done: number, total: number) => void) =>
    (preparing ??= book ? Promise.resolve() : maker.makeAhead(onProgress).then((made) => void (book ??= made)));
  return {
    prepare,
    speakers: () => get().speakers(),
    findSpeaker: (name) => get().findSpeaker(name),
    alsoNamed: (name) => get().alsoNamed(name),
    longestName: () => get().longestName(),
    suggest: (name, max) => get().suggest(name, max),
    quotesBy: (speaker, about) => get().quotesBy(speaker, about),
  };
}
