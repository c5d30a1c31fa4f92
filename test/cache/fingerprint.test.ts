// What keys a saved artefact: the data files' identities and the code that reads them.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion, dataFilesState } from '../../src/cache/fingerprint.ts';
import { dataFilesStateOffThread } from '../../src/cache/walk-off-thread.ts';
import { tempArticles } from '../helpers/articles.ts';

describe('data files state', () => {
  it('changes when a file in a subfolder is rewritten, even with the same bytes', async () => {
    const dir = await tempArticles({ 'a.txt': 'one', 'world/b.md': 'two' });
    const before = dataFilesState(dir).key;
    expect(dataFilesState(dir).key).toBe(before);
    await writeFile(path.join(dir, 'world/b.md'), 'two');
    expect(dataFilesState(dir).key).not.toBe(before);
  });

  it('ignores hidden entries and the cache folder when it sits inside the data folder', async () => {
    const dir = await tempArticles({ 'a.txt': 'one' });
    const before = dataFilesState(dir, path.join(dir, 'cache')).key;
    await writeFile(path.join(dir, '.DS_Store'), 'x');
    await mkdir(path.join(dir, 'cache'));
    await writeFile(path.join(dir, 'cache', 'corpus.txt'), 'saved');
    expect(dataFilesState(dir, path.join(dir, 'cache')).key).toBe(before);
  });

  it('is the same walked on a worker (as at start-up, while the code loads) as on the main thread', async () => {
    const files: Record<string, string> = { 'cache/corpus.bin': 'saved', '.git/HEAD': 'ref', 'node_modules/x/a.txt': 'dep', 'Zeta.md': 'z', 'ä-story.txt': 'umlaut' };
    for (let i = 0; i < 7; i++) files[`${i % 2 ? 'world' : 'local'}/story-${i}.txt`] = `Story ${i}`;
    const dir = await tempArticles(files);
    // A link back up (a loop, read once) and a link to a file.
    await symlink(dir, path.join(dir, 'world', 'loop'));
    await symlink(path.join(dir, 'Zeta.md'), path.join(dir, 'local', 'zeta-link.md'));
    const cache = path.join(dir, 'cache');
    const whole = dataFilesState(dir, cache);
    expect(await dataFilesStateOffThread(dir, cache)).toEqual(whole);
    expect(await dataFilesStateOffThread(dir)).toEqual(dataFilesState(dir));
    await writeFile(path.join(dir, 'local/story-0.txt'), 'Story 0, updated');
    const updated = await dataFilesStateOffThread(dir, cache);
    expect(updated.key).not.toBe(whole.key);
    expect(updated).toEqual(dataFilesState(dir, cache));
    await expect(dataFilesStateOffThread(path.join(dir, 'missing'))).rejects.toThrow();
  });
});

describe('code version', () => {
  it('differs between folders whose sources differ, and is stable for one folder', async () => {
    const a = await tempArticles({ 'engine.ts': 'export const x = 1;' });
    const b = await tempArticles({ 'engine.ts': 'export const x = 2;' });
    expect(await codeVersion(a)).toBe(await codeVersion(a));
    expect(await codeVersion(a)).not.toBe(await codeVersion(b));
  });

  it('falls back to the running file when the folder is not there (bundled code)', async () => {
    const dir = await tempArticles({ 'bundle.js': 'console.log(1);' });
    const version = await codeVersion(path.join(dir, 'no-such-folder'), path.join(dir, 'bundle.js'));
    expect(version).toMatch(/^[0-9a-f]{64}$/);
  });
});
