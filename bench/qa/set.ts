// A question set for `eval:qa`: `questions.json` (items `{ q, gold: ["file:line", …], style? }`) and,
// beside it, the `articles/` folder its gold citations point into. A bare name (`rtqa`) means
// `../shared/eval/real/<name>/questions.json`.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Passage } from '../../src/corpus/types.ts';

export interface QaItem {
  q: string;
  gold: string[];
  /** Absent in the public sets: their items count as `all`. */
  style?: string;
}

export interface QaSet {
  name: string;
  items: QaItem[];
  /** The articles the questions are about; null: the caller's DATA_DIR (or `data/`). */
  articlesDir: string | null;
}

export async function openSet(arg: string, root: string): Promise<QaSet> {
  const bare = !arg.includes('/') && !arg.endsWith('.json');
  const file = bare ? path.resolve(root, '../shared/eval/real', arg, 'questions.json') : path.resolve(arg);
  const items = JSON.parse(await readFile(file, 'utf8')) as QaItem[];
  if (!Array.isArray(items)) throw new Error(`${file}: not a list of questions`);
  const articles = path.join(path.dirname(file), 'articles');
  const isDir = await stat(articles).then((s) => s.isDirectory(), () => false);
  const name = bare ? arg : path.basename(file, '.json');
  return { name, items, articlesDir: isDir ? articles : null };
}

/** The folder a set's questions are about: its `articles/`, else the caller's DATA_DIR (or `data/`). */
export function articlesDirOf(set: QaSet, root: string): string {
  return set.articlesDir ?? path.resolve(root, process.env.DATA_DIR ?? 'data');
}

/**
 * Whether a passage is one of the gold citations: `file:line` in full, or (the seed corpus's set)
 * the first three characters of the file name.
 */
export function isGold(item: QaItem, passage: Passage): boolean {
  return item.gold.some((g) => g === `${passage.source}:${passage.line}` || g === `${passage.source.slice(0, 3)}:${passage.line}`);
}

/** 1-based rank of the first gold passage in `ranked`, or null. */
export function goldRank(item: QaItem, ranked: readonly Passage[]): number | null {
  const i = ranked.findIndex((p) => isGold(item, p));
  return i < 0 ? null : i + 1;
}
