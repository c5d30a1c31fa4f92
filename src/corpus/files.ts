// Lists the article files (.txt, .md) of a folder and its subfolders, sorted, as `/`-separated paths.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const ARTICLE = /\.(?:txt|md|markdown)$/iu;

export async function listArticleFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  await walk(dir, '', found);
  return found.sort();
}

async function walk(root: string, rel: string, found: string[]): Promise<void> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  for (const entry of entries) {
    // Hidden folders hold caches and version control, not articles.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, child, found);
    else if (entry.isFile() && ARTICLE.test(entry.name)) found.push(child);
  }
}
