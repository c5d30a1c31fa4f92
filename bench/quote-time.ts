// `npx tsx bench/quote-time.ts <dataDir> [cacheDir] [--threads N] [--passages N] [--saved] [--out file.json]`: times quote extraction over a
// whole corpus as the bench's `quote_book_ms` does (the saved corpus when a cache folder is given),
// (on N worker threads with `--threads`), with CPU (of every thread), RSS and load average beside it, and a digest of what it found: two versions of the code
// that print the same digest found the same quotes, speakers and attributions.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { openCorpus } from '../src/cache/corpus.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { extractQuoteData, extractReusingOnThreads, quoteBookFrom } from '../src/quotes/book.ts';
import { savedQuoteBook } from '../src/quotes/persist.ts';
import { heapMb, round, rssMb, timed, timedAsync } from './stats.ts';

const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const out = option('--out');
  const threads = option('--threads');
  const limit = option('--passages');
  const [dataDir, cacheDir] = argv.filter((a, i) => !a.startsWith('--') && !['--out', '--threads', '--passages'].includes(argv[i - 1]!));
  if (argv.includes('--saved') && cacheDir) return savedBook(dataDir!, cacheDir, Number(threads ?? 2), limit ? Number(limit) : undefined);
  if (!dataDir) throw new Error('usage: quote-time.ts <dataDir> [cacheDir] [--out file.json]');
  const opened = await timedAsync(async () => (cacheDir ? openCorpus(dataDir, { cacheDir, warn }) : { ...(await loadCorpus(dataDir)), from: 'loaded' }));
  // `--passages N`: the corpus's first N passages only (a step towards a size too big to run whole).
  const corpus = limit ? { ...opened.value.corpus, passages: opened.value.corpus.passages.slice(0, Number(limit)) } : opened.value.corpus;
  const load = loadavg()[0]!;
  const cpuBefore = cpu();
  const extracted = threads
    ? await timedAsync(async () => (await extractReusingOnThreads(corpus, new Map(), { threads: Number(threads), warn })).data)
    : timed(() => extractQuoteData(corpus));
  const cpuExtract = cpu() - cpuBefore;
  const book = timed(() => quoteBookFrom(corpus, extracted.value).speakers());
  const json = JSON.stringify(extracted.value);
  if (out) await writeFile(out, json);
  const result = {
    passages: corpus.passages.length,
    corpus_from: opened.value.from,
    open_corpus_ms: opened.ms,
    extract_ms: extracted.ms,
    extract_cpu_ms: cpuExtract,
    threads: threads ?? 'main',
    book_ms: book.ms,
    quote_book_ms: extracted.ms + book.ms,
    cpu_per_passage_ms: cpuExtract / corpus.passages.length,
    quotes: extracted.value.quotes.length,
    speakers: book.value.length,
    digest: createHash('sha256').update(json).digest('hex').slice(0, 16),
    load_average_before: load,
    load_average_after: loadavg()[0]!,
    ...rssMb(),
    heap_mb: heapMb(),
    rss_after_gc_mb: rssMb().rss_mb,
  };
  process.stdout.write(`${JSON.stringify(result, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))}\n`);
}

/**
 * `--saved`: the bot's own path (`SavedQuoteBook.openOnThreads`): the book read back, or extracted on
 * threads reusing each article saved before, then saved. Run on growing `--passages` prefixes, each
 * step extracts only the articles new to it, and the last does the corpus-wide step at full size.
 */
async function savedBook(dataDir: string, cacheDir: string, threads: number, limit?: number): Promise<void> {
  const opened = await openCorpus(dataDir, { cacheDir, warn });
  const corpus = limit ? { ...opened.corpus, passages: opened.corpus.passages.slice(0, limit) } : opened.corpus;
  const load = loadavg()[0]!;
  const cpuBefore = cpu();
  const saved = await savedQuoteBook(corpus, { dataDir, cacheDir, contentHash: `${opened.contentHash} first ${corpus.passages.length}`, warn });
  const book = await timedAsync(async () => (await saved.openOnThreads({ threads })).speakers());
  const result = { passages: corpus.passages.length, threads, saved_book_ms: book.ms, cpu_ms: cpu() - cpuBefore, speakers: book.value.length, load_average_before: load, load_average_after: loadavg()[0]!, ...rssMb(), heap_mb: heapMb(), rss_after_gc_mb: rssMb().rss_mb };
  process.stdout.write(`${JSON.stringify(result, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))}\n`);
}

function warn(message: string): void {
  process.stderr.write(`quote-time warning: ${message}\n`);
}

await main(process.argv.slice(2));
