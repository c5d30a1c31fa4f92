// Following the data folder: a file added, changed or removed anywhere under it (a subfolder made
// after the watch began included) leads to a reload; the cache folder inside it does not.
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchArticles, type Watching } from '../../src/core/watch.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const watches: Watching[] = [];
afterEach(() => {
  for (const w of watches.splice(0)) w.close();
});

/** Watches a fresh folder; `changed()` resolves at the next reload. */
function follow(dir: string, cacheDir?: string) {
  let reloads = 0;
  const log = { warn: () => undefined };
  const watching = watchArticles({ dataDir: dir, cacheDir, log, reload: async () => void reloads++, debounceMs: 20, pollMs: 60_000 });
  watches.push(watching);
  const changed = async (): Promise<number> => {
    const before = reloads;
    for (let i = 0; i < 400 && reloads === before; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    return reloads - before;
  };
  return { changed, reloads: () => reloads };
}

describe('watchArticles', () => {
  it('reloads for files added, changed and removed, in the folder and in subfolders made later', async () => {
    const dir = await tempDir('coverage-bot-watch-');
    mkdirSync(path.join(dir, 'old'));
    writeFileSync(path.join(dir, 'old', 'a.txt'), 'First article\n\nThe harbour opened on Monday.\n');
    const w = follow(dir);
    writeFileSync(path.join(dir, 'b.txt'), 'Second article\n\nThe bridge closed on Tuesday.\n');
    expect(await w.changed()).toBeGreaterThan(0);
    writeFileSync(path.join(dir, 'old', 'a.txt'), 'First article\n\nThe harbour opened on Monday, late.\n');
    expect(await w.changed()).toBeGreaterThan(0);
    mkdirSync(path.join(dir, 'new'));
    await w.changed();
    writeFileSync(path.join(dir, 'new', 'c.txt'), 'Third article\n\nThe ferry ran on Wednesday.\n');
    expect(await w.changed()).toBeGreaterThan(0);
    unlinkSync(path.join(dir, 'new', 'c.txt'));
    expect(await w.changed()).toBeGreaterThan(0);
  });
});
