// The bot's loader (src/corpus/load.ts) cut where the store needs it: one file read on its own
// (so `npm run index` is per file and incremental), and the cross-file step over all files' articles
// (so the corpus read back from the database is exactly what the loader gives). Keep in step with
// `loadCorpusReport`: this module is the only place the store repeats its order of steps. Not
// repeated: the warning naming a file that lost much of its text (it needs every file's whole text).
import { parseArticle } from '../corpus/article.ts';
import { mergeSharedText } from '../corpus/cross-file.ts';
import { decodeArticle } from '../corpus/decode.ts';
import type { Article, Corpus } from '../corpus/types.ts';

export type ParsedFile = { ok: true; article: Article; warning: string | null } | { ok: false; reason: string };

const HTML = /\.html?$/iu;

/** One file's bytes as the loader reads them: decoded, parsed (a web page through Readability), boilerplate left out. */
export async function parseFile(source: string, bytes: Uint8Array): Promise<ParsedFile> {
  try {
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    const warning = decoded.warning ?? null;
    // The DOM and Readability are loaded only for web pages, as the loader does.
    if (HTML.test(source)) return { ok: true, warning, article: (await import('../corpus/html.ts')).parseHtmlArticle(source, decoded.text).article };
    return { ok: true, warning, article: parseArticle(source, decoded.text).article };
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
  const { articles } = mergeSharedText(parsed);
  const cited = new Set(articles.flatMap((a) => a.passages.flatMap((p) => (p.also ?? []).map((at) => at.source))));
  const usable: Article[] = [];
  for (const a of articles) {
    // A file whose text is all shared with an earlier one stays: its places are cited under that text.
    if (a.passages.length > 0 || cited.has(a.source)) usable.push(a);
    else warnings.push(`${a.source}: skipped, no article text was found in it`);
  }
  return { corpus: { articles: usable, passages: usable.flatMap((a) => a.passages) }, warnings };
}

/** File order as the loader sorts names (JavaScript's string order, not a database collation). */
export function byFileName(a: { source: string }, b: { source: string }): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}
