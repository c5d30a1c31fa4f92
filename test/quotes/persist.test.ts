// The saved quote book: extraction runs once per set of articles; later starts read it back.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create.ts';
import { tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ARTICLES = {
  'bridge.txt': [
    'Bridge to close for repairs',
    'The county will close the Elm Street bridge on June 1, officials said.',
    '"The bridge is safe today, but it will not be safe in five years," said county engineer Dana Whitfield.',
    'Shop owner Marcus Bell said the closure "could finish off half the businesses on Elm Street."',
  ].join('\n'),
};

async function folders(): Promise<{ dataDir: string; cacheDir: string }> {
  const dataDir = await tempArticles(ARTICLES);
  const cacheDir = await tempDir('cb-cache-');
  return { dataDir, cacheDir };
}

const quoteFile = async (cacheDir: string) => path.join(cacheDir, (await readdir(cacheDir)).find((f) => f.startsWith('quotes-'))!);
const said = (core: Awaited<ReturnType<typeof createCore>>, who: string) => core.quotes.quotesBy(who).map((q) => q.text);

describe('saved quote book', () => {
  it('is saved at the first quote request and read back, unchanged, by the next start', async () => {
    const { dataDir, cacheDir } = await folders();
    const first = await createCore({ dataDir, cacheDir });
    expect((await readdir(cacheDir)).some((f) => f.startsWith('quotes-'))).toBe(false);
    expect(said(first, 'Whitfield')).toEqual(['The bridge is safe today, but it will not be safe in five years']);
    const saved = await stat(await quoteFile(cacheDir));
    const second = await createCore({ dataDir, cacheDir });
    expect(second.quotes.speakers()).toEqual(first.quotes.speakers());
    expect(said(second, 'Bell')).toEqual(said(first, 'Bell'));
    const after = await stat(await quoteFile(cacheDir));
    expect([after.ino, after.mtimeMs]).toEqual([saved.ino, saved.mtimeMs]);
  });

  it('is extracted again when an article changes', async () => {
    const { dataDir, cacheDir } = await folders();
    (await createCore({ dataDir, cacheDir })).quotes.speakers();
    await writeFile(path.join(dataDir, 'bridge.txt'), `${ARTICLES['bridge.txt']}\n"We looked at every other option," county commissioner Rosa Delgado said.\n`);
    const changed = await createCore({ dataDir, cacheDir });
    expect(said(changed, 'Delgado')).toEqual(['We looked at every other option']);
  });

  it('is rebuilt with a warning naming the file when the saved copy is corrupt', async () => {
    const { dataDir, cacheDir } = await folders();
    const first = await createCore({ dataDir, cacheDir });
    const speakers = first.quotes.speakers();
    const file = await quoteFile(cacheDir);
    const header = (await readFile(file, 'latin1')).split('\n')[0];
    await writeFile(file, `${header}\nnot a quote book`);
    const warnings: string[] = [];
    const again = await createCore({ dataDir, cacheDir, warn: (m) => warnings.push(m) });
    expect(again.quotes.speakers()).toEqual(speakers);
    expect(warnings).toEqual([expect.stringContaining(file)]);
  });
});
