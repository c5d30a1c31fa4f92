// A quoted phrase is searched as a phrase: its words together and in order, stop words included.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { cites, corpusOf } from './corpus.ts';

const corpus = corpusOf({
  'island.txt': ['Territory', 'The prime minister said the island is not for sale, whatever the offers.'],
  'market.txt': ['Housing', 'Houses for sale are scarce; sale prices rose and every sale closed fast.'],
  'shop.txt': ['Retail', 'The shop put its winter coats on sale.'],
});
const engine = createSearchEngine(corpus);

describe('quoted phrases', async () => {
  it('puts the passage with the exact phrase first, even when its words are common', async () => {
    expect(cites(await engine.search('"not for sale"'))[0]).toBe('island.txt:3');
    expect(cites(await engine.search('which place is “not for sale”'))[0]).toBe('island.txt:3');
  });

  it('without quotes, the same words are ordinary words', async () => {
    expect(cites(await engine.search('sale'))[0]).toBe('market.txt:3');
  });
});
