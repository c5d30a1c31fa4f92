// The first change after a load that began once the files were settled (the path where the check
// that decides whether to open the archive walks the folder and that walk is applied): the change
// and the next one are applied file by file, every other article still served. It checks what a
// user sees on that path, not how many walks were made.
import { statSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CLOCK_SLACK_MS } from '../../src/core/archive.ts';
import { loadAndFollow } from '../../src/core/follow.ts';
import { createLogger } from '../../src/log.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('following the folder after a settled load', () => {
  it('applies the first change and the next file by file, every other article still served', async () => {
    const data = await tempArticles(SAMPLE_ARTICLES);
    const cache = await tempDir('cb-first-change-cache-');
    const names = await readdir(data);
    const newest = Math.max(...names.map((n) => statSync(path.join(data, n))).map((s) => Math.max(s.mtimeMs, s.ctimeMs)));
    while (Date.now() < newest + CLOCK_SLACK_MS + 100) await tick();
    const updates: { added: number; changed: number; removed: number; fileByFile: boolean }[] = [];
    const log = createLogger('info', false, {
      write(line: string) {
        const entry = JSON.parse(line) as { msg: string; added: number; changed: number; removed: number; fileByFile: boolean };
        if (entry.msg === 'articles updated') updates.push({ added: entry.added, changed: entry.changed, removed: entry.removed, fileByFile: entry.fileByFile });
      },
    });
    const following = loadAndFollow({ dataDir: data, cacheDir: cache, log, saveAfterMs: 60_000 });
    try {
      await following.ready;
      await following.settled();
      const { core } = following;
      expect(core.corpus.articles).toHaveLength(names.length);
      await writeFile(path.join(data, 'museum.txt'), 'Museum reopens\n\nThe city museum reopened on Sunday after a year of repairs to its roof.\n');
      await vi.waitFor(() => expect(core.articleOf('museum.txt')).toBeDefined(), { timeout: 10_000, interval: 20 });
      expect(core.corpus.articles.map((a) => a.source).sort()).toEqual([...names, 'museum.txt'].sort());
      await writeFile(path.join(data, 'museum.txt'), 'Museum reopens\n\nThe city museum reopened on Sunday with a new glass roof.\n');
      await vi.waitFor(() => expect(core.corpus.passages.some((p) => p.text.includes('glass roof'))).toBe(true), { timeout: 10_000, interval: 20 });
      expect(core.corpus.articles).toHaveLength(names.length + 1);
      await following.settled();
      expect(updates).toEqual([
        { added: 1, changed: 0, removed: 0, fileByFile: true },
        { added: 0, changed: 1, removed: 0, fileByFile: true },
      ]);
    } finally {
      await following.stop();
    }
  });
});
