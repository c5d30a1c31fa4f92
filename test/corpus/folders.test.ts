// The data folder as users set it up: subfolders that cannot be read, links, and a wrong DATA_DIR.
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadCorpusReport } from '../../src/corpus/load.ts';
import { DataDirError } from '../../src/corpus/files.ts';
import { articleDir } from './helpers.ts';

// As root (CI) a folder's mode does not stop readdir, so the file system's refusal of `lost+found` is faked at its edge.
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const readdir = (async (dir: string, options?: object) => {
    if (String(dir).endsWith('lost+found')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
    return real.readdir(dir, options as Parameters<typeof real.readdir>[1]);
  }) as typeof real.readdir;
  return { ...real, readdir, default: { ...real, readdir } };
});

const ARTICLE = 'Harbour Plan Approved\nThe council approved the harbour plan on Monday, officials said.\n';

describe('data folder', () => {
  it('skips a subfolder that cannot be read with one warning and loads the rest', async () => {
    const dir = await articleDir({ 'a.txt': ARTICLE, 'lost+found/x.txt': ARTICLE });
    const { corpus, warnings } = await loadCorpusReport(dir);
    expect(corpus.articles.map((a) => a.source)).toEqual(['a.txt']);
    expect(warnings).toEqual([expect.stringMatching(/^lost\+found\/: skipped, the folder could not be read \(EACCES\)$/u)]);
  });

  it('follows a link to an article file, and a link loop between folders ends', async () => {
    const outside = await articleDir({ 'kept.txt': ARTICLE });
    const dir = await articleDir({ 'news/b.txt': ARTICLE.replace('harbour', 'airport') });
    await symlink(path.join(outside, 'kept.txt'), path.join(dir, 'linked.txt'));
    await symlink(dir, path.join(dir, 'news', 'loop'));
    await symlink(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const { corpus, warnings } = await loadCorpusReport(dir);
    expect(corpus.articles.map((a) => a.source)).toEqual(['linked.txt', 'news/b.txt']);
    expect(warnings).toEqual([expect.stringMatching(/^broken\.txt: skipped, the link leads nowhere/u)]);
  });

  it('says what to fix when DATA_DIR is missing or is a file', async () => {
    const dir = await articleDir({ 'a.txt': ARTICLE });
    const missing = path.join(dir, 'nope');
    await expect(loadCorpusReport(missing)).rejects.toThrow(new DataDirError(`DATA_DIR ${missing} does not exist: set DATA_DIR to the folder that holds your articles.`));
    const file = path.join(dir, 'a.txt');
    await expect(loadCorpusReport(file)).rejects.toThrow(`DATA_DIR ${file} is a file, not a folder: set DATA_DIR to the folder that holds your articles.`);
  });
});
