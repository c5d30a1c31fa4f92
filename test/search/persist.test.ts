// The saved index: reused while the articles are unchanged, rebuilt when they change or the cache is bad.
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create.ts';
import { cacheFile, openSearchEngine, type EngineFactory } from '../../src/search/persist.ts';
import { createSearchEngine, restoreSearchEngine } from '../../src/search/engine.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

async function folders(): Promise<{ dataDir: string; cacheDir: string }> {
  const dataDir = await tempArticles(SAMPLE_ARTICLES);
  const cacheDir = await tempDir('cb-cache-');
  return { dataDir, cacheDir };
}

/** The real engine, counting how often it indexes and how often it restores. */
function countingFactory(): EngineFactory & { builds: number; restores: number } {
  const f = {
    builds: 0,
    restores: 0,
    create: (c: Parameters<EngineFactory['create']>[0]) => (f.builds++, createSearchEngine(c)),
    restore: (c: Parameters<EngineFactory['restore']>[0], saved: Uint8Array) => (f.restores++, restoreSearchEngine(c, saved)),
  };
  return f;
}

async function open(dataDir: string, cacheDir: string, factory: EngineFactory, warnings: string[] = []) {
  const { corpus } = await loadCorpus(dataDir);
  return openSearchEngine(corpus, { dataDir, cacheDir, factory, warn: (m) => warnings.push(m) });
}

describe('saved search index', () => {
  it('is built and saved on first start, then restored without re-indexing', async () => {
    const { dataDir, cacheDir } = await folders();
    const factory = countingFactory();
    expect((await open(dataDir, cacheDir, factory)).from).toBe('built');
    const saved = await stat(cacheFile(cacheDir, dataDir));
    const again = await open(dataDir, cacheDir, factory);
    expect(again.from).toBe('saved');
    expect(factory.builds).toBe(1);
    expect(factory.restores).toBe(1);
    const after = await stat(cacheFile(cacheDir, dataDir));
    expect([after.ino, after.mtimeMs]).toEqual([saved.ino, saved.mtimeMs]);
  });

  it('answers the same from the restored index as from a fresh one', async () => {
    const { dataDir, cacheDir } = await folders();
    const first = await createCore({ dataDir, cacheDir });
    const second = await createCore({ dataDir, cacheDir });
    const cite = (hits: Awaited<ReturnType<typeof first.search.search>>) => hits.map((h) => `${h.passage.source}:${h.passage.line}`);
    const question = 'when will the ferry terminal construction begin?';
    expect(cite(await second.search.search(question))).toEqual(cite(await first.search.search(question)));
    expect(cite(await second.search.search(question))).toContain('harbour.txt:5');
  });

  it('is rebuilt when an article changes, and then finds the new text', async () => {
    const { dataDir, cacheDir } = await folders();
    const factory = countingFactory();
    await open(dataDir, cacheDir, factory);
    await writeFile(path.join(dataDir, 'library.txt'), `${SAMPLE_ARTICLES['library.txt']}\n\nA rooftop reading garden opens in June.\n`);
    const changed = await open(dataDir, cacheDir, factory);
    expect(changed.from).toBe('built');
    expect(factory.builds).toBe(2);
    expect((await changed.engine.search('rooftop garden')).map((h) => h.passage.line)).toContain(7);
    expect((await open(dataDir, cacheDir, factory)).from).toBe('saved');
  });

  it('is rebuilt when an article is added', async () => {
    const { dataDir, cacheDir } = await folders();
    const factory = countingFactory();
    await open(dataDir, cacheDir, factory);
    await writeFile(path.join(dataDir, 'zoo.txt'), 'Zoo welcomes twin pandas\n\nTwin pandas arrived at the city zoo on Friday.\n');
    expect((await open(dataDir, cacheDir, factory)).from).toBe('built');
  });

  it('rebuilds a corrupt cache with a warning that names it, and still answers', async () => {
    const { dataDir, cacheDir } = await folders();
    const factory = countingFactory();
    const first = await open(dataDir, cacheDir, factory);
    const file = cacheFile(cacheDir, dataDir);
    const header = (await readFile(file, 'utf8')).split('\n')[0];
    await writeFile(file, `${header}\n{"documentCount": 3, "index": [[`);
    const warnings: string[] = [];
    const reopened = await open(dataDir, cacheDir, factory, warnings);
    expect(reopened.from).toBe('built');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(file);
    expect(warnings[0]).toMatch(/corrupt.*rebuilding/);
    expect((await reopened.engine.search('ferry terminal')).length).toBe((await first.engine.search('ferry terminal')).length);
    expect((await open(dataDir, cacheDir, factory)).from).toBe('saved');
  });

  it('rebuilds a cache file that is not an index at all, with a warning', async () => {
    const { dataDir, cacheDir } = await folders();
    await writeFile(cacheFile(cacheDir, dataDir), 'garbage\u0000\u0001');
    const warnings: string[] = [];
    expect((await open(dataDir, cacheDir, countingFactory(), warnings)).from).toBe('built');
    expect(warnings).toEqual([expect.stringMatching(/not a search index cache file/)]);
  });

  it('keeps working with a warning when the cache folder cannot be written', async () => {
    const { dataDir, cacheDir } = await folders();
    const blocked = path.join(cacheDir, 'blocked');
    await writeFile(blocked, 'a file where a folder should be');
    const warnings: string[] = [];
    const core = await createCore({ dataDir, cacheDir: blocked, warn: (m) => warnings.push(m) });
    expect((await core.search.search('library opening hours')).length).toBeGreaterThan(0);
    expect(warnings).toContainEqual(expect.stringMatching(/Could not save the search index/));
    expect(warnings.every((w) => w.startsWith('Could not save'))).toBe(true);
  });

  it('keeps working when the cache file cannot be read', async () => {
    if (process.getuid?.() === 0) return; // root reads anything: nothing to test
    const { dataDir, cacheDir } = await folders();
    const factory = countingFactory();
    await open(dataDir, cacheDir, factory);
    await chmod(cacheFile(cacheDir, dataDir), 0o000);
    const warnings: string[] = [];
    expect((await open(dataDir, cacheDir, factory, warnings)).from).toBe('built');
    expect(warnings[0]).toMatch(/could not be read/);
  });

  it('keeps one cache per articles folder', async () => {
    const a = await folders();
    const b = await folders();
    expect(cacheFile(a.cacheDir, a.dataDir)).not.toBe(cacheFile(a.cacheDir, b.dataDir));
  });
});
