// Loads every .txt and .md article of a folder into a corpus. (Placeholder: one paragraph a line, UTF-8.)
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Corpus } from './types.ts';

export interface LoadResult {
  corpus: Corpus;
  /** One line per file that was skipped, naming it and why. */
  warnings: string[];
}

export async function loadCorpus(dir: string): Promise<LoadResult> {
  const names = (await readdir(dir)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  const articles: Article[] = [];
  const warnings: string[] = [];
  for (const name of names) {
    const text = (await readFile(path.join(dir, name), 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/);
    const title = lines.find((l) => l.trim())?.trim() ?? name;
    const passages = lines.flatMap((l, i) =>
      l.trim() ? [{ source: name, line: i + 1, heading: null, title, text: l.trim() }] : [],
    );
    if (passages.length === 0) warnings.push(`${name}: skipped, it has no text`);
    else articles.push({ source: name, title, outlet: null, url: null, date: null, passages });
  }
  return { corpus: { articles, passages: articles.flatMap((a) => a.passages) }, warnings };
}
