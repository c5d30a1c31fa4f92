// Small parts of following the archive file by file (`archive.ts`): a changed file's warnings as
// the loader words them, and the quote book of a changed corpus (only articles not yet extracted
// are read; the rest come from the per-article cache).
import type { ContentHash } from '../cache/content-hash.ts';
import { lossWarnings } from '../corpus/audit.ts';
import type { MergedFile } from '../corpus/cross-file.ts';
import type { FileResult } from '../corpus/load.ts';
import type { Corpus } from '../corpus/types.ts';
import { savedQuoteBook } from '../quotes/persist.ts';
import type { QuoteBook } from '../quotes/types.ts';
import { lazyQuoteBook } from './create.ts';

/** What loading the folder would have said about this file. */
export function fileWarnings(r: FileResult, merged: MergedFile | undefined): string[] {
  if (!r.ok) return [`${r.name}: skipped, ${r.reason}`];
  const out = r.warning ? [`${r.name}: ${r.warning}`] : [];
  if (!merged) return out;
  if (merged.article.passages.length === 0 && !merged.cited) return [...out, `${r.article.source}: skipped, no article text was found in it`];
  const chrome = merged.removed.filter((m) => m.rule === 'site-chrome').map((m) => ({ line: m.line, text: m.text, reason: 'site-chrome' as const, rule: 'site-chrome' }));
  const dropped = [...r.dropped, ...chrome].sort((a, b) => a.line - b.line);
  return [...out, ...lossWarnings([{ source: r.article.source, text: r.text }], new Map([[r.article.source, dropped]]))];
}

/**
 * The quote book of `served` (the corpus with outlets and dates; `hash`, of the corpus before them, keys the cache).
 * Its `prepare` makes it on a thread of its own, which tells no progress (a bot with platforms prepares
 * it while serving, and logs when it is done: `follow.ts`).
 */
export async function quotesFor(served: Corpus, hash: ContentHash, options: { dataDir: string; cacheDir?: string; warn?: (m: string) => void }): Promise<QuoteBook> {
  const saved = await savedQuoteBook(served, { ...options, contentHash: hash });
  return lazyQuoteBook({ open: saved.open, makeAhead: () => saved.openInBackground() });
}
