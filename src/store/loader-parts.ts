// The bot's loader (src/corpus/load.ts) cut where the store needs it: one file read on its own
// (so `npm run index` is per file and incremental), and the cross-file step over all files' articles
// (so the corpus read back from the database is exactly what the loader gives). Keep in step with
// `loadCorpusReport`: this module is the only place the store repeats its order of steps.
import { parseArticle } from '../corpus/article.ts';
import { dropRepeatedPassages } from '../corpus/cross-file.ts';
import { decodeArticle } from '../corpus/decode.ts';
import type { Article, Corpus } from '../corpus/types.ts';

export type ParsedFile = { ok: true; article: Article } | { ok: false; reason: string };

/** One file's bytes as the loader reads them: decoded, parsed, boilerplate left out. */
export function parseFile(source: string, bytes: Uint8Array): ParsedFile {
  try {
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    return { ok: true, article: parseArticle(source, decoded.text).article };
  } catch (err) {
    return { ok: false, reason: `it could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

export interface SkippedFile {
  source: string;
  reason: string;
}

/** The corpus from every file's article (in file order) and the files that could not be read. */
export function assembleCorpus(parsed: readonly Article[], skipped: readonly SkippedFile[]): { corpus: Corpus; warnings: string[] } {
  const warnings = skipped.map((s) => `${s.source}: skipped, ${s.reason}`);
  const { articles } = dropRepeatedPassages(parsed);
  const usable: Article[] = [];
  for (const a of articles) {
    if (a.passages.length > 0) usable.push(a);
    else warnings.push(`${a.source}: skipped, no article text was found in it`);
  }
  return { corpus: { articles: usable, passages: usable.flatMap((a) => a.passages) }, warnings };
}

/** File order as the loader sorts names (JavaScript's string order, not a database collation). */
export function byFileName(a: { source: string }, b: { source: string }): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}
