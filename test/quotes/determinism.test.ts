// An article's quotes and speakers depend on that article alone, not on what is loaded beside it.
import { describe, expect, it } from 'vitest';
import { createQuoteBook, extractQuoteData, extractReusing } from '../../src/quotes/book.ts';
import { corpusOf } from './corpus.ts';

const ARTICLE = [
  'Michael Tanner of the Cato Institute has studied the plan.',
  '"I think this is another case where he has not thought out the language," Tanner said.',
  '"The numbers do not add up," said Graham.',
];
const UNRELATED = ['Follow @tanner and #graham for updates.', 'The old tanner worked leather by the river; graham crackers were sold at the fair.'];

const quotesOf = (files: Record<string, string[]>) =>
  createQuoteBook(corpusOf(files))
    .all()
    .filter((q) => q.source === 'budget.txt')
    .map((q) => `${q.speaker} | ${q.rule} | ${q.text}`);

describe('per-article extraction', () => {
  it('gives an article the same quotes and speakers with or without other pages loaded', () => {
    const alone = quotesOf({ 'budget.txt': ARTICLE });
    expect(alone).toEqual([
      'Michael Tanner | quote-then-cue | I think this is another case where he has not thought out the language',
      'Graham | quote-then-cue | The numbers do not add up',
    ]);
    expect(quotesOf({ 'a-feed.txt': UNRELATED, 'budget.txt': ARTICLE, 'z-feed.txt': UNRELATED })).toEqual(alone);
  });
});

describe('extraction per file', () => {
  const before = { 'budget.txt': ARTICLE, 'bridge.txt': ['“We checked every beam,” said county engineer Dana Whitfield.'] };
  const after = { ...before, 'bridge.txt': ['“We checked every beam twice,” said county engineer Dana Whitfield.'] };

  it('reads again only the article that changed, and gives the same book as a fresh read', () => {
    const first = extractReusing(corpusOf(before), new Map());
    expect(first.fresh).toBe(2);
    const second = extractReusing(corpusOf(after), first.articles);
    expect(second.fresh).toBe(1);
    expect(second.data).toEqual(extractQuoteData(corpusOf(after)));
    expect(second.data.quotes.map((q) => q.text)).toContain('We checked every beam twice');
  });

  it('keeps saved extractions through a JSON round trip', () => {
    const first = extractReusing(corpusOf(before), new Map());
    const saved = new Map(Object.entries(JSON.parse(JSON.stringify(Object.fromEntries(first.articles)))));
    const again = extractReusing(corpusOf(before), saved as typeof first.articles);
    expect(again.fresh).toBe(0);
    expect(again.data).toEqual(first.data);
  });
});
