// The quote data made on a thread of its own after a live change (texts sent only for articles whose
// extraction was not saved) is the main thread's exactly, syndicated places included.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuoteData } from '../../src/quotes/book.ts';
import { quoteDataInBackground } from '../../src/quotes/background.ts';
import type { ExtractionFiles } from '../../src/quotes/persist.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { corpusOf } from './corpus.ts';

const FILES = {
  'a.txt': ['County engineer Dana Whitfield spoke on Monday.', '"The bridge is safe today, but it will not be safe in five years," said Whitfield.'],
  'b.txt': ['Shop owner Marcus Bell was angry.', 'Bell said the closure "could finish off half the businesses on Elm Street."'],
  'c.txt': ['No one was quoted in this article about the weather.'],
};

/** The corpus, with a's quote also carried (syndicated) by e.txt. */
function syndicated(files: Record<string, string[]>) {
  const corpus = corpusOf(files);
  corpus.passages.find((p) => p.source === 'a.txt' && p.text.includes('bridge'))!.also = [{ source: 'e.txt', line: 3 }];
  return corpus;
}

describe('the quote book made on a thread of its own', () => {
  it('gives the main thread’s quote data, with the syndicated places', async () => {
    const corpus = syndicated(FILES);
    const data = await quoteDataInBackground(corpus, undefined);
    expect(data).toEqual(extractQuoteData(corpus));
    expect(data.quotes.find((q) => q.speaker === 'Dana Whitfield')?.also).toEqual([{ source: 'e.txt', line: 3 }]);
  });

  it('gives a changed corpus’s data when the other articles’ extractions were saved by a first run', async () => {
    const dir = await tempDir('cb-book-thread-');
    const files: ExtractionFiles = { file: path.join(dir, 'quotes.bin'), bookKey: 'k1', articlesFile: path.join(dir, 'articles.bin'), codeKey: 'code' };
    await quoteDataInBackground(syndicated(FILES), files);
    const changed = syndicated({ ...FILES, 'c.txt': ['"We will reopen the market in June," said Mayor Ana Duarte.'] });
    const warnings: string[] = [];
    const data = await quoteDataInBackground(changed, { ...files, bookKey: 'k2' }, (m) => warnings.push(m));
    expect(data).toEqual(extractQuoteData(changed));
    expect(data.quotes.map((q) => q.speaker)).toContain('Ana Duarte');
    expect(warnings).toEqual([]);
  });
});
