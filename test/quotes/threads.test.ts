// Quote extraction on worker threads gives the main thread's result exactly, tells its progress,
// and is what a core's `prepare()` uses before the platforms connect.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/create.ts';
import { createQuoteBook, createQuoteBookOnThreads, extractQuoteData, extractReusingOnThreads } from '../../src/quotes/book.ts';
import { tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { corpusOf } from './corpus.ts';

const FILES = {
  'a.txt': [
    'County engineer Dana Whitfield spoke on Monday.',
    '"The bridge is safe today, but it will not be safe in five years," said Whitfield.',
    'She added: "We cannot wait for it to fail."',
  ],
  'b.txt': ['Shop owner Marcus Bell was angry.', 'Bell said the closure "could finish off half the businesses on Elm Street."'],
  'c.txt': ['No one was quoted in this article about the weather.'],
  'd.txt': ['"The bridge is safe today, but it will not be safe in five years," the engineer, Dana Whitfield, told reporters.'],
};

describe('quote extraction on worker threads', () => {
  it('finds the same quotes, speakers and places as the main thread, and tells progress up to every passage', async () => {
    const corpus = corpusOf(FILES);
    const seen: [number, number][] = [];
    const { data } = await extractReusingOnThreads(corpus, new Map(), { threads: 2, onProgress: (done, total) => seen.push([done, total]) });
    expect(data).toEqual(extractQuoteData(corpus));
    expect(data.quotes.some((q) => q.speaker === 'Dana Whitfield' && q.also.length === 1)).toBe(true);
    expect(seen.at(-1)).toEqual([7, 7]);
  });

  it('gives a book that answers as the one made on the main thread', async () => {
    const corpus = corpusOf(FILES);
    const book = await createQuoteBookOnThreads(corpus, { threads: 1 });
    expect(book.quotesBy('whitfield')).toEqual(createQuoteBook(corpus).quotesBy('whitfield'));
  });

  it('is what a core prepares before the platforms connect, and the book it saves is read back', async () => {
    const dataDir = await tempArticles(Object.fromEntries(Object.entries(FILES).map(([name, lines]) => [name, lines.join('\n\n')])));
    const cacheDir = await tempDir('cb-cache-');
    const core = await createCore({ dataDir, cacheDir });
    const progress: number[] = [];
    await core.quotes.prepare?.((done) => progress.push(done));
    expect((await readdir(cacheDir)).some((f) => f.startsWith('quotes-'))).toBe(true);
    const whitfield = core.quotes.quotesBy('whitfield').map((q) => q.text);
    expect(whitfield).toContain('We cannot wait for it to fail.');
    const again = await createCore({ dataDir, cacheDir });
    expect(again.quotes.quotesBy('whitfield').map((q) => q.text)).toEqual(whitfield);
  });
});
