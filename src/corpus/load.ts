// Loads every article (.txt, .md, .html) of a folder into a corpus. Nothing is lost without a word:
// a file that cannot be read is skipped with a warning, every line left out is recorded with the
// rule that dropped it, and a file that loses more than a third of its text is named in a warning.
import { readFileSync } from 'node:fs';
import { plainPassage } from './plain-passage.ts';
import path from 'node:path';
import type { Article, Corpus, Passage } from './types.ts';
import { decodeArticle } from './decode.ts';
import { parseArticle, type Dropped } from './article.ts';
import { mergeSharedText, type RepeatedPassage } from './cross-file.ts';
import { listArticleFiles } from './files.ts';
import { lossWarnings } from './audit.ts';
import type { parseHtmlArticle } from './html.ts';

const HTML = /\.html?$/iu;

export interface LoadResult {
  corpus: Corpus;
  /** One line per file that was skipped or lost much of its text, naming it and why. */
  warnings: string[];
  /** What the cross-file step took out, for following the folder file by file (left out by loaders that do not say). */
  shared?: TakenOut;
}

/** What the cross-file step took out of the files as read: with the corpus, every file as read can be put back together. */
export interface TakenOut {
  /** Each passage taken out (chrome, or shared text kept in an earlier file), as read. */
  passages: (Passage & { rule: RepeatedPassage['rule'] })[];
  /** Files left out whole (no article text of their own, cited nowhere), as read. */
  files: Article[];
}

export interface LoadReport extends LoadResult {
  /** Per file, the lines left out of the index and the rule that dropped each. */
  dropped: Map<string, Dropped[]>;
}

/** `onFile(done, total)` after each file read: the progress of a long first start. */
export async function loadCorpus(dir: string, onFile?: (done: number, total: number) => void): Promise<LoadResult> {
  const { corpus, warnings, shared } = await loadCorpusReport(dir, onFile);
  return { corpus, warnings, shared };
}

/** `loadCorpus`, also saying which lines were dropped and why. */
export async function loadCorpusReport(dir: string, onFile?: (done: number, total: number) => void): Promise<LoadReport> {
  const listing = await listArticleFiles(dir);
  // The DOM and Readability are loaded only for folders that hold web pages.
  const html = listing.files.some((f) => HTML.test(f)) ? (await import('./html.ts')).parseHtmlArticle : null;
  const results = listing.files.map((name, i) => {
    const result = readArticleFile(dir, name, html);
    onFile?.(i + 1, listing.files.length);
    return result;
  });
  const warnings = [...listing.warnings];
  for (const r of results) {
    if (!r.ok) warnings.push(`${r.name}: skipped, ${r.reason}`);
    else if (r.warning) warnings.push(`${r.name}: ${r.warning}`);
  }
  const parsed = results.flatMap((r) => (r.ok ? [r] : []));
  const dropped = new Map(parsed.map((r) => [r.article.source, r.dropped]));
  const { articles, removed } = mergeSharedText(parsed.map((r) => r.article));
  for (const r of removed) if (r.rule === 'site-chrome') dropped.get(r.source)?.push({ line: r.line, text: r.text, reason: 'site-chrome', rule: 'site-chrome' });
  for (const list of dropped.values()) list.sort((a, b) => a.line - b.line);
  const cited = new Set(articles.flatMap((a) => a.passages.flatMap((p) => (p.also ?? []).map((at) => at.source))));
  const usable: Article[] = [];
  const shared: TakenOut = { passages: takenOut(parsed.map((r) => r.article), removed), files: [] };
  articles.forEach((a, i) => {
    // A file whose text is all shared with an earlier one stays: its places are cited under that text.
    if (a.passages.length > 0 || cited.has(a.source)) return void usable.push(a);
    warnings.push(`${a.source}: skipped, no article text was found in it`);
    shared.files.push(parsed[i]!.article);
  });
  const kept = new Set(usable.map((a) => a.source));
  const whole = parsed.filter((r) => kept.has(r.article.source));
  warnings.push(...lossWarnings(whole.map((r) => ({ source: r.article.source, text: r.text })), dropped));
  return { corpus: { articles: usable, passages: usable.flatMap((a) => a.passages) }, warnings, dropped, shared };
}

/** The passages taken out, with every field as read. */
function takenOut(read: readonly Article[], removed: readonly RepeatedPassage[]): TakenOut['passages'] {
  if (removed.length === 0) return [];
  const bySource = new Map(read.map((a) => [a.source, a]));
  return removed.flatMap((r) => {
    const p = bySource.get(r.source)?.passages.find((q) => q.line === r.line && q.text === r.text);
    return p ? [{ ...plainPassage(p), rule: r.rule }] : [];
  });
}

export type FileResult =
  | ({ ok: true; name: string; text: string; warning: string | null } & ReturnType<typeof parseArticle>)
  | { ok: false; name: string; reason: string };

/**
 * One file, decoded and parsed (`html`: the web-page parser, imported by the caller when needed).
 * Reads synchronously: for thousands of small files that costs a fraction of the CPU time of
 * promise-based reads (measured about a sixth), and loading happens once, at start-up.
 */
export function readArticleFile(dir: string, name: string, html: typeof parseHtmlArticle | null): FileResult {
  try {
    const decoded = decodeArticle(readFileSync(path.join(dir, name)));
    if (!decoded.ok) return { ok: false, name, reason: decoded.reason };
    const warning = decoded.warning ?? null;
    if (html && HTML.test(name)) return { ok: true, name, warning, ...html(name, decoded.text) };
    return { ok: true, name, text: decoded.text, warning, ...parseArticle(name, decoded.text) };
  } catch (err) {
    return { ok: false, name, reason: `it could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}
