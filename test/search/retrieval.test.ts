// Retrieval on a small literal index: stemming, accents, abbreviations, typos, prefixes, stop words.
import { describe, expect, it } from 'vitest';
import { createSearchEngine, restoreSearchEngine } from '../../src/search/engine.ts';
import { cites, corpusOf } from './corpus.ts';

const corpus = corpusOf({
  'defense.txt': [
    'Defense chief vows action',
    'Defense Secretary Pete Hegseth said the department stands ready to act against smuggling networks.',
    'The navy launched a patrol mission in the Caribbean last week.',
  ],
  'diplomacy.txt': [
    'Regional leaders respond',
    'Venezuela’s Jorge Rodríguez called the deployment a threat to the entire region.',
    'Officials in the U.S. said the talks with Mexico City would continue.',
    'The C.I.A. declined to comment on the surveillance flights.',
  ],
  'courts.txt': [
    'Courts and custody',
    'Mexico approved the extradition of twenty kingpins to face trial in American courts.',
    'The United States Senate held a hearing on border security.',
  ],
});
const engine = createSearchEngine(corpus);
const top = async (q: string) => cites(await engine.search(q, { limit: 3 }))[0];

describe('search', () => {
  it('matches other forms of a word (stemming)', async () => {
    expect(await top('who launches patrols')).toBe('defense.txt:5');
  });

  it('ignores accents: rodriguez finds Rodríguez', async () => {
    expect(await top('rodriguez')).toBe('diplomacy.txt:3');
  });

  it('treats US, U.S. and United States as one', async () => {
    const expected = ['diplomacy.txt:5', 'courts.txt:5'];
    for (const q of ['US talks', 'U.S. talks', 'United States talks']) expect(await top(q)).toBe('diplomacy.txt:5');
    // Both passages that name the country come first, however it is written (American comes after).
    for (const q of ['US', 'U.S.', 'United States']) expect(cites(await engine.search(q, { limit: 2 })).sort()).toEqual(expected.sort());
  });

  it('treats CIA and C.I.A. as one', async () => {
    expect(await top('CIA surveillance')).toBe('diplomacy.txt:7');
    expect(await top('what did the cia say')).toBe('diplomacy.txt:7');
  });

  it('tolerates typos in longer words', async () => {
    expect(await top('hegsth')).toBe('defense.txt:3');
    expect(await top('extradtion kingpins')).toBe('courts.txt:3');
  });

  it('matches the last word as a prefix while it is being typed', async () => {
    expect(await top('pete hegs')).toBe('defense.txt:3');
  });

  it('finds nothing for stop words alone, and says which index words are close', async () => {
    expect(await engine.search('what is the')).toEqual([]);
    expect(await engine.search('zzzz qqqq')).toEqual([]);
    expect(await engine.suggest('extradtion')).toContain('extradition');
  });

  it('returns at most the limit, best first', async () => {
    const hits = await engine.search('mexico', { limit: 1 });
    expect(hits).toHaveLength(1);
    const all = await engine.search('mexico', { limit: 10 });
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('answers the same after saving and restoring the index', async () => {
    const restored = restoreSearchEngine(corpus, engine.local.serialize());
    for (const q of ['hegsth', 'US talks', 'extradtion kingpins', 'rodriguez', 'who launches patr', 'Pet']) {
      expect(cites(await restored.search(q))).toEqual(cites(await engine.search(q)));
    }
  });

  it('refuses a saved index made for another corpus', () => {
    const other = corpusOf({ 'x.txt': ['Title', 'One paragraph only.'] });
    expect(() => restoreSearchEngine(other, engine.local.serialize())).toThrow(/search:/);
  });

  it('refuses a saved index that was cut short, with a clear error', () => {
    const saved = engine.local.serialize();
    expect(() => restoreSearchEngine(corpus, saved.subarray(0, saved.length - 7))).toThrow(/search: the saved index is damaged/);
  });
});

describe('abbreviations', () => {
  it('reads `p.m.` as a time, not as the prime minister', async () => {
    const times = createSearchEngine(
      corpusOf({
        'day.txt': ['Budget day', 'The vote is due at 4 p.m. on Tuesday.', 'The prime minister defended the budget in parliament.'],
      }),
    );
    expect(cites(await times.search('What did the PM say?'))).toEqual(['day.txt:5']);
  });
});

describe('the question’s subject', () => {
  const farm = corpusOf({
    'farm.txt': [
      'Drought',
      'The minister has long described the farmers as the backbone of the region and promised them water.',
      'The farmers themselves, after a third dry summer, are selling cattle and leaving the valley for the region’s cities.',
    ],
  });

  it('ranks the passage whose sentence opens with it first (How have the farmers…?)', async () => {
    expect(cites(await createSearchEngine(farm).search('How have the farmers in the region coped?'))[0]).toBe('farm.txt:5');
    // The other passage is shorter and names both words too: without the subject it would win.
    expect(cites(await createSearchEngine(farm, { subjectWeight: 0 }).search('How have the farmers in the region coped?'))[0]).toBe('farm.txt:3');
  });
});
