// What a saved artefact depends on, cheaply: the data files' identities (path, size, times, inode)
// and the code that turns them into the artefact.
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface FilesState {
  /** Changes whenever a file is added, removed, renamed, written to, or has its times reset. */
  key: string;
  /** The latest modification or status-change time among the files, in ms since the epoch. */
  newestChangeMs: number;
}

/**
 * Every file under `dir` that a loader could read (hidden entries and node_modules aside, as the
 * loader does), by path, size, modification and status-change time and inode. The status-change
 * time (ctime) is set by the kernel on every write and cannot be put back by `touch` or `cp -p`,
 * so a same-size edit with its mtime restored is still seen.
 */
export function dataFilesState(dir: string, exclude?: string): FilesState {
  const hash = createHash('sha256');
  let newest = 0;
  const excluded = exclude ? path.resolve(exclude) : undefined;
  // As the loader does: links are followed, a folder is read once (so a link loop ends), an unreadable one is passed over.
  // At start-up this runs on a worker (walk-off-thread.ts, the same walk in plain JavaScript): keep the two alike.
  const seen = new Set<string>();
  const walk = (rel: string): void => {
    // Paths joined by hand below: path.join and path.resolve per file were a third of the walk's CPU at 33k files.
    const folder = path.resolve(dir, rel);
    const prefix = folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`;
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const e of readable(folder)) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      const full = `${prefix}${e.name}`;
      if (e.name.startsWith('.') || e.name === 'node_modules' || full === excluded) continue;
      const s = statSync(full, { bigint: true, throwIfNoEntry: false });
      if (!s) continue;
      if (s.isDirectory()) {
        hash.update(`${child}/\n`);
        walk(child);
        continue;
      }
      hash.update(`${child}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\n`);
      newest = Math.max(newest, Number(s.mtimeNs / 1_000_000n), Number(s.ctimeNs / 1_000_000n));
    }
  };
  walk('');
  return { key: hash.digest('hex'), newestChangeMs: newest };
}

function readable(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}

const versions = new Map<string, Promise<string>>();

/**
 * A hash of every file of a source folder: it changes whenever that code does. When the folder is
 * not there (the code was bundled into one file), the hash of `fallbackFile`, the running code.
 */
export function codeVersion(dir: string, fallbackFile?: string): Promise<string> {
  let version = versions.get(dir);
  if (!version) versions.set(dir, (version = hashFolder(dir).catch((err: unknown) => hashFile(fallbackFile, err))));
  return version;
}

async function hashFolder(dir: string): Promise<string> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
  return hashFiles(dir, files);
}

/**
 * A hash of `files` (paths under `dir`), each with its path, in the order given. Read all at once:
 * one after the other was 50 ms for src/corpus at start-up.
 */
export async function hashFiles(dir: string, files: readonly string[]): Promise<string> {
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f))));
  const hash = createHash('sha256');
  files.forEach((f, i) => hash.update(`${f}\0`).update(texts[i]!).update('\0'));
  return hash.digest('hex');
}

async function hashFile(file: string | undefined, cause: unknown): Promise<string> {
  if (!file) throw cause;
  return createHash('sha256').update(await readFile(file)).digest('hex');
}
