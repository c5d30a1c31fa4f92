// Lists the article files (.txt, .md, .html) of a data folder and its subfolders, sorted, as
// `/`-separated paths. Symbolic links are followed (a folder reached twice is read once, so a
// link loop ends); a folder that cannot be read is skipped with a warning, not a crash.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const ARTICLE = /\.(?:txt|md|markdown|html?)$/iu;

export interface Listing {
  files: string[];
  /** One line per folder or link that was skipped, naming it and why. */
  warnings: string[];
}

/** The data folder is missing or is not a folder: nothing can be loaded, and the user must fix it. */
export class DataDirError extends Error {
  readonly code = 'DATA_DIR';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataDirError';
  }
}

export async function listArticleFiles(dir: string): Promise<Listing> {
  await checkDataDir(dir);
  const listing: Listing = { files: [], warnings: [] };
  await walk(dir, '', listing, new Set([await realpath(dir)]));
  listing.files.sort();
  return listing;
}

/** Throws a DataDirError naming what to fix when `dir` is missing, not a folder, or unreadable. */
export async function checkDataDir(dir: string): Promise<void> {
  const s = await stat(dir).catch((err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`;
    throw new DataDirError(`DATA_DIR ${dir} ${why}: set DATA_DIR to the folder that holds your articles.`, { cause: err });
  });
  if (!s.isDirectory()) throw new DataDirError(`DATA_DIR ${dir} is a file, not a folder: set DATA_DIR to the folder that holds your articles.`);
}

async function walk(root: string, rel: string, listing: Listing, seen: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (err) {
    listing.warnings.push(`${rel}/: skipped, the folder could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return;
  }
  for (const entry of entries) {
    // Hidden folders hold caches and version control, not articles.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    const kind = entry.isSymbolicLink() ? await linkKind(root, child, listing) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : null;
    if (kind === 'dir') await walkOnce(root, child, listing, seen);
    else if (kind === 'file' && ARTICLE.test(entry.name)) listing.files.push(child);
  }
}

/** A folder is read once, however many links lead to it: that is what ends a link loop. */
async function walkOnce(root: string, rel: string, listing: Listing, seen: Set<string>): Promise<void> {
  const real = await realpath(path.join(root, rel)).catch(() => null);
  if (real === null || seen.has(real)) return;
  seen.add(real);
  await walk(root, rel, listing, seen);
}

/** What a symbolic link points at; a broken link is a warning. */
async function linkKind(root: string, rel: string, listing: Listing): Promise<'dir' | 'file' | null> {
  try {
    const s = await stat(path.join(root, rel));
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch (err) {
    listing.warnings.push(`${rel}: skipped, the link leads nowhere (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return null;
  }
}
