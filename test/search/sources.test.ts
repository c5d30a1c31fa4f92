// The search seam: another candidate source fused with the in-process one, the reader reading
// whatever passages the sources propose.
import { describe, expect, it } from 'vitest';
import { combineSources, createSearchEngine, DEFAULT_SEARCH_OPTIONS, searchEngineOver, type CandidateSource } from '../../src/search/engine.ts';
import { excerptText } from '../../src/reply/model.ts';
import { cites, corpusOf } from './corpus.ts';

const corpus = corpusOf({
  'port.txt': ['Port news', 'Dock workers walked out on Monday over pay.', 'The ferry timetable is unchanged this week.'],
  'farm.txt': ['Farm news', 'Growers expect a late harvest after the rain.'],
});

/** A source that knows no words, standing in for a semantic one: it always proposes one passage. */
function fixed(id: number, score: number): CandidateSource {
  return { name: 'fixed', candidates: () => Promise.resolve({ candidates: [{ id, score, coverage: 0 }], reached: new Map(), rarity: new Map() }) };
}

function fused(extra: CandidateSource, weight: number) {
  const { local } = createSearchEngine(corpus);
  const source = combineSources([{ source: local, weight: 1 }, { source: extra, weight }]);
  return searchEngineOver({ passages: corpus.passages, lexicon: local, source, options: DEFAULT_SEARCH_OPTIONS });
}

describe('candidate sources', () => {
  it('adds a fused source’s passage to the results, quoted verbatim, behind the words that matched', async () => {
    const hits = await fused(fixed(2, 0.1), 1).search('dock strike pay', { limit: 3 });
    expect(cites(hits)).toEqual(['port.txt:3', 'farm.txt:3']);
    expect(excerptText(hits[1]!.excerpt)).toBe('Growers expect a late harvest after the rain.');
    expect(hits[1]!.matched).toEqual([]);
  });

  it('weighs each source’s scores: a heavy source moves its passage first', async () => {
    const hits = await fused(fixed(2, 50), 1).search('dock strike pay', { limit: 3 });
    expect(cites(hits)[0]).toBe('farm.txt:3');
  });

  it('refuses to fuse nothing', () => {
    expect(() => combineSources([])).toThrow(/search: combineSources/);
  });
});
