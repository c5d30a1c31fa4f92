// Answers by meaning: passage vectors from the GloVe package find a passage that shares no word
// with the question, join BM25's candidates, and are saved and read back from the cache folder.
import { describe, expect, it } from 'vitest';
import { createSearchEngine, updateSearchEngine } from '../../src/search/engine.ts';
import { mapPassages } from '../../src/search/segments.ts';
import { openVectors } from '../../src/search/semantic/open.ts';
import { suiteTempDir } from '../helpers/temp-dir.ts';
import { cites, corpusOf } from './corpus.ts';

const corpus = corpusOf({
  'autos.txt': ['Factory news', 'Toyota will lay off two thousand factory workers at its plant in Kentucky.'],
  'weather.txt': ['Forecast', 'Heavy rain and strong winds are forecast for the coast on Saturday.'],
  'sport.txt': ['Results', 'The home team won the final with a goal in the last minute.'],
  'music.txt': ['Charts', 'The singer topped the charts with her new album of love songs.'],
  'budget.txt': ['Council', 'The council approved a budget that raises taxes on property.'],
});
const cache = suiteTempDir('semantic-test-');

describe('answers by meaning', async () => {
  it('finds a passage that shares no word with the question once the vectors are attached', async () => {
    const question = 'Which carmaker is cutting jobs?';
    const engine = createSearchEngine(corpus);
    expect(cites(await engine.search(question))).not.toContain('autos.txt:3');
    const { vectors, from } = await openVectors(corpus, { dataDir: '/nowhere/articles', cacheDir: cache, sifA: 1e-4 });
    expect(from).toBe('built');
    engine.attachVectors?.(vectors);
    expect(cites(await engine.search(question))[0]).toBe('autos.txt:3');
    expect(cites(await engine.search('Will it be stormy by the sea this weekend?'))[0]).toBe('weather.txt:3');
  }, 60_000);

  it('reads the vectors back from the cache folder, and ignores vectors made for another corpus', async () => {
    const again = await openVectors(corpus, { dataDir: '/nowhere/articles', cacheDir: cache, sifA: 1e-4 });
    expect(again.from).toBe('saved');
    const other = createSearchEngine(corpusOf({ 'one.txt': ['Title', 'A single passage about carmakers.'] }));
    other.attachVectors?.(again.vectors);
    expect(cites(await other.search('Which carmaker is cutting jobs?'))).toEqual(['one.txt:3']);
  }, 60_000);

  it('carries the vectors over a change of files: kept passages keep theirs, a new one is found by meaning', async () => {
    const { vectors } = await openVectors(corpus, { dataDir: '/nowhere/articles', cacheDir: cache, sifA: 1e-4 });
    const after = corpusOf({
      'autos.txt': ['Factory news', 'Toyota will lay off two thousand factory workers at its plant in Kentucky.'],
      'coast.txt': ['Outlook', 'Gales and downpours will batter the shore on Saturday and Sunday.'],
      'sport.txt': ['Results', 'The home team won the final with a goal in the last minute.'],
    });
    const mapping = mapPassages(corpus.passages, after.passages);
    expect(mapping.added.length).toBe(1);
    const engine = updateSearchEngine(createSearchEngine(corpus), after, mapping);
    const carried = vectors.withChanges(after.passages, mapping);
    engine.attachVectors?.(carried);
    expect(cites(await engine.search('Which carmaker is cutting jobs?'))[0]).toBe('autos.txt:3');
    expect(cites(await engine.search('Will it be stormy by the sea this weekend?'))[0]).toBe('coast.txt:3');
    const q = carried.embed('factory workers laid off')!;
    expect(carried.cosine(q, 0)).toBeCloseTo(vectors.cosine(q, 0), 6);
  }, 60_000);
});
