// Word families the stemmer cannot see: WordNet's derivational links (`demolished` ↔ `demolition`).
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { cites, corpusOf } from './corpus.ts';

const corpus = corpusOf({
  'wing.txt': ['Renovation', 'Demolition crews tore down the East Wing of the White House.'],
  'dinner.txt': ['Gala', 'The White House hosted a dinner in the White House ballroom for the visiting king.'],
  'garden.txt': ['Spring', 'Gardeners planted tulips along the south lawn.'],
});

describe('morphology beyond stems', async () => {
  it('answers "which part was demolished" with the passage about the demolition', async () => {
    const engine = createSearchEngine(corpus);
    expect(cites(await engine.search('Which part of the White House was demolished this week?'))[0]).toBe('wing.txt:3');
  });
});
