// A first line the loader keeps as a passage as well as the title (a photo caption) ranks after
// its article's text: its few words would otherwise beat the sentence that answers the question.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { cites, parsedCorpusOf as corpusFrom } from './corpus.ts';

const corpus = corpusFrom({
  'propolis.txt': [
    'Resin sealing a beehive gap',
    'Bees collect resin from tree buds and use it to seal small gaps in the beehive.',
    'Larger gaps are filled with wax.',
  ],
  'lighthouse.txt': ['Marlowe lighthouse at dusk', 'The lighthouse at Marlowe was built in 1851 and still guides ships.'],
  'note.txt': ['Marlowe lighthouse keepers worked in pairs until 1950'],
});
const engine = createSearchEngine(corpus);

describe('title lines kept as passages', () => {
  it('are passages of their own', () => {
    expect(corpus.passages.map((p) => `${p.source}:${p.line}`)).toEqual(['propolis.txt:1', 'propolis.txt:2', 'propolis.txt:3', 'lighthouse.txt:1', 'lighthouse.txt:2', 'note.txt:1']);
  });

  it('rank after the text that answers, and are still found', async () => {
    const hits = cites(await engine.search('what do bees use resin for sealing the beehive', { limit: 5 }));
    expect(hits[0]).toBe('propolis.txt:2');
    expect(hits).toContain('propolis.txt:1');
  });

  it('rank after other articles’ text too', async () => {
    const hits = cites(await engine.search('Marlowe lighthouse at dusk', { limit: 5 }));
    expect(hits.indexOf('lighthouse.txt:1')).toBe(hits.length - 1);
  });

  it('come first when only they hold the words the user put in quotes', async () => {
    const hits = cites(await engine.search('"sealing a beehive"', { limit: 3 }));
    expect(hits[0]).toBe('propolis.txt:1');
  });

  it('leave a one-line article, whose only line is its title, where it ranks', async () => {
    expect(corpus.articles.find((a) => a.source === 'note.txt')!.title).toBe(corpus.passages.at(-1)!.text);
    const hits = cites(await engine.search('when did lighthouse keepers work in pairs', { limit: 3 }));
    expect(hits[0]).toBe('note.txt:1');
  });
});
