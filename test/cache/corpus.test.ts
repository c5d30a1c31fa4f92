// The saved corpus: reused while the article files are untouched, reloaded as soon as one changes.
import { readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus, type OpenCorpusOptions } from '../../src/cache/corpus.ts';
import { cachePath } from '../../src/cache/cache-file.ts';
import { loadCorpus, type LoadResult } from '../../src/corpus/load.ts';
import type { Passage } from '../../src/corpus/types.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

async function folders(): Promise<{ dataDir: string; cacheDir: string }> {
  const dataDir = await tempArticles({ ...SAMPLE_ARTICLES, 'empty.txt': '' });
  const cacheDir = await tempDir('cb-cache-');
  return { dataDir, cacheDir };
}

/** The real loader, counting its runs; files count as settled at once unless a test says otherwise. */
function counting(cacheDir: string | undefined, extra: Partial<OpenCorpusOptions> = {}) {
  const options = {
    loads: 0,
    cacheDir,
    settleMs: 0,
    load: (dir: string): Promise<LoadResult> => (options.loads++, loadCorpus(dir)),
    ...extra,
  };
  return options;
}

describe('saved corpus', () => {
  it('is read back instead of reloading the articles while no file changed', async () => {
    const { dataDir, cacheDir } = await folders();
    const options = counting(cacheDir);
    const first = await openCorpus(dataDir, options);
    const second = await openCorpus(dataDir, options);
    expect([first.from, second.from, options.loads]).toEqual(['loaded', 'saved', 1]);
    expect(plain(second.corpus)).toEqual(plain(first.corpus));
    expect(second.contentHash).toBe(first.contentHash);
  });

  it('gives back every character and field the loader produced', async () => {
    const { dataDir, cacheDir } = await folders();
    await writeFile(path.join(dataDir, 'accents.md'), '---\ntitle: Núñez’s “plan”\noutlet: El País\n---\n\n# Año nuevo\n\nRodríguez said the €5 fee — “for now” — stays. 北京 agreed 👍.\n');
    const options = counting(cacheDir);
    const first = await openCorpus(dataDir, options);
    const second = await openCorpus(dataDir, options);
    expect(second.from).toBe('saved');
    expect(plain(second.corpus)).toEqual(plain(first.corpus));
    expect(second.corpus.passages.map((p) => p.text).join(' ')).toContain('Rodríguez said the €5 fee — “for now” — stays. 北京 agreed 👍.');
  });

  it('serves each passage field by field as the loader gave it, syndicated places included, and as plain JSON', async () => {
    const { dataDir, cacheDir } = await folders();
    const shared = 'The harbour authority said the new pier would open in the spring after two years of work.';
    await writeFile(path.join(dataDir, 'wire-a.txt'), `Pier to open\n\n${shared}\n\nLocal shops welcomed the news.\n`);
    await writeFile(path.join(dataDir, 'wire-b.txt'), `Harbour news\n\n## Update\n\n${shared}\n`);
    const options = counting(cacheDir);
    const first = await openCorpus(dataDir, options);
    const second = await openCorpus(dataDir, options);
    expect(second.from).toBe('saved');
    const fields = (p: Passage) => [p.source, p.line, p.heading, p.title, p.text, p.also ?? []];
    expect(second.corpus.passages.map(fields)).toEqual(first.corpus.passages.map(fields));
    expect(second.corpus.passages.some((p) => (p.also ?? []).length > 0)).toBe(true);
    expect(second.corpus.passages.map((p) => JSON.stringify(p))).toEqual(first.corpus.passages.map((p) => JSON.stringify(p)));
    // An article's passages are the corpus's passages themselves, in order.
    expect(second.corpus.articles.flatMap((a) => a.passages).every((p, i) => p === second.corpus.passages[i])).toBe(true);
  });

  it('serves a fresh load, once saved, as a restart serves it: the loader’s passages field by field, from the saved bytes', async () => {
    const { dataDir, cacheDir } = await folders();
    const shared = 'The harbour authority said the new pier would open in the spring after two years of work.';
    await writeFile(path.join(dataDir, 'wire-a.txt'), `Pier to open\n\n${shared}\n\nRodríguez said the €5 fee — “for now” — stays. 北京 agreed 👍.\n`);
    await writeFile(path.join(dataDir, 'wire-b.txt'), `Harbour news\n\n## Update\n\n${shared}\n`);
    const loader = (await loadCorpus(dataDir)).corpus;
    const options = counting(cacheDir);
    const first = await openCorpus(dataDir, options);
    const second = await openCorpus(dataDir, options);
    expect([first.from, second.from]).toEqual(['loaded', 'saved']);
    const fields = (p: Passage) => [p.source, p.line, p.heading, p.title, p.text, p.also ?? []];
    expect(first.corpus.passages.map(fields)).toEqual(loader.passages.map(fields));
    expect(second.corpus.passages.map(fields)).toEqual(loader.passages.map(fields));
    expect(first.corpus.passages.some((p) => (p.also ?? []).length > 0)).toBe(true);
    // Not the loader's objects (their strings are let go): passages read from the saved bytes, as after a restart.
    expect(first.corpus.passages.every((p) => Object.keys(p).length === 0)).toBe(true);
    expect(second.corpus.passages.every((p) => Object.keys(p).length === 0)).toBe(true);
    expect(first.corpus.articles.flatMap((a) => a.passages).every((p, i) => p === first.corpus.passages[i])).toBe(true);
  });

  it('still reports the files that could not be read', async () => {
    const { dataDir, cacheDir } = await folders();
    const options = counting(cacheDir);
    const first = await openCorpus(dataDir, options);
    const second = await openCorpus(dataDir, options);
    expect(first.warnings).toEqual([expect.stringContaining('empty.txt')]);
    expect(second.warnings).toEqual(first.warnings);
  });

  it('is reloaded after a same-size edit whose modification time was put back', async () => {
    const { dataDir, cacheDir } = await folders();
    const options = counting(cacheDir);
    await openCorpus(dataDir, options);
    const file = path.join(dataDir, 'harbour.txt');
    const { atime, mtime } = await stat(file);
    await writeFile(file, SAMPLE_ARTICLES['harbour.txt'].replace('Tuesday', 'Thursda'));
    await utimes(file, atime, mtime);
    const reopened = await openCorpus(dataDir, options);
    expect(reopened.from).toBe('loaded');
    expect(reopened.corpus.passages.map((p) => p.text).join(' ')).toContain('Thursda');
  });

  it('is reloaded when an article is added or removed', async () => {
    const { dataDir, cacheDir } = await folders();
    const options = counting(cacheDir);
    await openCorpus(dataDir, options);
    await writeFile(path.join(dataDir, 'zoo.txt'), 'Zoo welcomes twin pandas\n\nTwin pandas arrived at the city zoo on Friday.\n');
    const added = await openCorpus(dataDir, options);
    expect(added.from).toBe('loaded');
    expect(added.corpus.articles.map((a) => a.source)).toContain('zoo.txt');
    await unlink(path.join(dataDir, 'zoo.txt'));
    // Back to the first state: loaded again, or that state's own saved copy if the added one was
    // still settling when read (both are right); never the copy that has zoo.txt.
    const removed = await openCorpus(dataDir, options);
    expect(removed.corpus.articles.map((a) => a.source)).not.toContain('zoo.txt');
  });

  it('is not saved while files have only just changed, and is saved at a later start', async () => {
    const { dataDir, cacheDir } = await folders();
    await openCorpus(dataDir, counting(cacheDir, { settleMs: 3_600_000 }));
    const options = counting(cacheDir);
    expect((await openCorpus(dataDir, options)).from).toBe('loaded');
    expect((await openCorpus(dataDir, options)).from).toBe('saved');
  });

  it('is saved at once with settleMs 0, even when a file’s time is ahead of the clock (no 2 s wait)', async () => {
    const { dataDir, cacheDir } = await folders();
    const ahead = new Date(Date.now() + 10_000);
    await utimes(path.join(dataDir, 'harbour.txt'), ahead, ahead);
    const options = counting(cacheDir);
    await openCorpus(dataDir, options);
    expect((await openCorpus(dataDir, options)).from).toBe('saved');
  });

  it('is reloaded with a warning naming the file when the saved copy is corrupt', async () => {
    const { dataDir, cacheDir } = await folders();
    const options = counting(cacheDir);
    await openCorpus(dataDir, options);
    const file = cachePath(cacheDir, dataDir, 'corpus');
    const header = (await readFile(file, 'utf8')).split('\n')[0];
    await writeFile(file, `${header}\n{"articles": [{"source": "harb`);
    const warnings: string[] = [];
    const reopened = await openCorpus(dataDir, { ...options, warn: (m) => warnings.push(m) });
    expect(reopened.from).toBe('loaded');
    expect(reopened.corpus.articles.length).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`${escape(file)} is corrupt .it does not match its checksum.*rebuilding`))]);
  });

  it('is rebuilt with a warning when a passage was edited inside the saved file, even to the same length', async () => {
    const { dataDir, cacheDir } = await folders();
    const options = counting(cacheDir);
    const first = await openCorpus(dataDir, options);
    const file = cachePath(cacheDir, dataDir, 'corpus');
    const bytes = await readFile(file);
    // Passage text is saved as UTF-16: swap one letter of a passage for another, byte for byte.
    const word = first.corpus.passages[0]!.text.split(' ')[1]!;
    const at = bytes.indexOf(Buffer.from(word, 'utf16le'));
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt16LE(word.charCodeAt(0) === 0x58 ? 0x59 : 0x58, at);
    await writeFile(file, bytes);
    const warnings: string[] = [];
    const reopened = await openCorpus(dataDir, { ...options, warn: (m) => warnings.push(m) });
    expect(reopened.from).toBe('loaded');
    expect(reopened.corpus.passages[0]!.text).toBe(first.corpus.passages[0]!.text);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`${escape(file)} is corrupt .it does not match its checksum.*rebuilding`))]);
    expect((await openCorpus(dataDir, options)).from).toBe('saved');
  });

  it('loads every time when there is no cache folder', async () => {
    const { dataDir } = await folders();
    const options = counting(undefined);
    await openCorpus(dataDir, options);
    expect((await openCorpus(dataDir, options)).from).toBe('loaded');
    expect(options.loads).toBe(2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The corpus as plain data: saved passages read their text when asked, which `toEqual` would not do. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
