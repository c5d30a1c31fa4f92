// General invariants over the seed articles in data/: no answers about them are hard-coded here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { decodeArticle } from '../../src/corpus/decode.ts';
import { isBoilerplate } from '../../src/corpus/boilerplate.ts';
import { isVerbatimAt } from './helpers.ts';

const DATA = path.resolve(import.meta.dirname, '../../data');

describe('the seed corpus in data/', () => {
  let loaded: Awaited<ReturnType<typeof loadCorpus>>;
  const texts = new Map<string, string>();
  beforeAll(async () => {
    loaded = await loadCorpus(DATA);
    for (const a of loaded.corpus.articles) {
      const decoded = decodeArticle(await readFile(path.join(DATA, a.source)));
      if (decoded.ok) texts.set(a.source, decoded.text);
    }
  });

  it('loads every file without warnings, each with a title and passages', () => {
    const { corpus, warnings } = loaded;
    expect(warnings).toEqual([]);
    expect(corpus.articles.length).toBeGreaterThan(0);
    for (const a of corpus.articles) {
      expect(a.title.trim()).not.toBe('');
      expect(a.passages.length).toBeGreaterThan(0);
    }
  });

  it('has every passage verbatim in its file, starting at its line', () => {
    for (const p of loaded.corpus.passages) expect(isVerbatimAt(texts.get(p.source)!, p), `${p.source}:${p.line}`).toBe(true);
  });

  it('lets no passage through that the boilerplate detector flags', () => {
    expect(loaded.corpus.passages.filter((p) => isBoilerplate(p.text)).map((p) => `${p.source}:${p.line}`)).toEqual([]);
  });

  it('lists passages in file then line order, one per line', () => {
    const keys = loaded.corpus.passages.map((p) => `${p.source}\u0000${String(p.line).padStart(8, '0')}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
