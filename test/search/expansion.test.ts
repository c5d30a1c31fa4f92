// Query understanding on literal examples: synonyms, broader/narrower terms, capitals for their
// government, and the weighting that keeps the user's own words first.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { cites, corpusOf } from './corpus.ts';
import { relatedLemmas } from '../../src/search/query/wordnet.ts';

const corpus = corpusOf({
  'fear.txt': [
    'Traders and fear',
    'Many traders showed genuine fear of a market crash after the announcement.',
    'The exchange published its quarterly results on time.',
  ],
  'roads.txt': [
    'Road closures',
    'A truck overturned on the coastal highway, blocking both lanes for hours.',
    'Cyclists asked for a separate lane on the bridge.',
  ],
  'diplomacy.txt': [
    'Diplomatic news',
    'Venezuela mobilised millions of militia members after the warships arrived.',
    'Farmers in the valley reported a good harvest this year.',
  ],
  'health.txt': [
    'Clinic opens',
    'The new clinic will employ two doctors and a nurse from next month.',
    'A physician who trained abroad will lead the new clinic.',
  ],
});
const engine = createSearchEngine(corpus);
const top = async (q: string) => cites(await engine.search(q))[0];

describe('query expansion', () => {
  it('finds a synonym: afraid → fear', async () => {
    expect(await top('Were traders afraid?')).toBe('fear.txt:3');
  });

  it('finds a narrower term: vehicle → truck', async () => {
    expect(await top('Which vehicle blocked the highway?')).toBe('roads.txt:3');
    expect(await top('What vehicle overturned?')).toBe('roads.txt:3');
  });

  it('reads a capital as its government: Caracas → Venezuela', async () => {
    expect(await top('How did Caracas respond to the warships?')).toBe('diplomacy.txt:3');
  });

  it('keeps a passage with the user’s own word above one reached only through expansion', async () => {
    const hits = cites(await engine.search('physician clinic'));
    expect(hits[0]).toBe('health.txt:5');
    expect(hits[1]).toBe('health.txt:3');
  });

  it('keeps a rare synonym from outranking the common word the user typed', async () => {
    const port = createSearchEngine(
      corpusOf({
        'port.txt': [
          'Port strike',
          'The dock strike started on Monday after wage talks collapsed.',
          'Union leaders said a second strike would commence in the spring if no deal was reached.',
          'Ferries started running again on the northern route.',
          'Work on the new terminal started last year.',
          'Exports started to fall in the summer.',
        ],
      }),
    );
    expect(cites(await port.search('When did the strike start?'))[0]).toBe('port.txt:3');
  });

  it('reads an inflected phrasal verb as one: called off → cancel, went down → sink', () => {
    const lemmas = (phrase: string) => relatedLemmas(phrase).map((r) => r.lemma);
    expect(lemmas('called off')).toContain('cancel');
    expect(lemmas('calling off')).toContain('cancel');
    expect(lemmas('went down')).toContain('sink');
    expect(lemmas('gave up')).toContain('forfeit');
  });

  it('explains matches, naming the user’s word behind each expansion', async () => {
    const [hit] = await engine.search('Were traders afraid?');
    expect(hit!.matched).toContainEqual({ term: 'traders' });
    expect(hit!.matched).toContainEqual({ term: 'fear', via: 'afraid' });
    const [place] = await engine.search('How did Caracas respond to the warships?');
    expect(place!.matched).toContainEqual({ term: 'venezuela', via: 'caracas' });
  });

  it('emphasises words reached through expansion in the excerpt', async () => {
    const [hit] = await engine.search('Were traders afraid?');
    expect(hit!.excerpt.filter((s) => s.emphasis).map((s) => s.text)).toContain('fear');
  });

  it('leaves out neighbours that stray: times ↛ case, willing ↛ choice, leader ↛ initiator', async () => {
    const council = createSearchEngine(
      corpusOf({
        'council.txt': [
          'Council news',
          'The council voted three times on the harbour budget.',
          'In one case the judge ruled against the council, and the choice of an initiator was left open.',
          'The mayor said she was willing to meet the fishermen.',
        ],
      }),
    );
    const via = async (q: string) => (await council.search(q, { limit: 5 })).flatMap((h) => h.matched.filter((m) => m.via).map((m) => `${m.term} ← ${m.via}`));
    expect(await via('How many times did the council vote?')).not.toContain('case ← times');
    expect(await via('Is the council leader willing to help?')).toEqual([]);
  });

  it('can be switched off by options', async () => {
    const plain = createSearchEngine(corpus, { expansion: { synonym: 0, related: 0, place: 0 } });
    expect(cites(await plain.search('How did Caracas react?'))).toEqual([]);
  });
});

describe('a question asked in other words', () => {
  const news = corpusOf({
    'labs.txt': [
      'Border report',
      'The president visited the border crossing on Friday and met customs officers.',
      'Experts say fentanyl laboratories stay elusive targets: they are small, hidden in homes, and hard to detect from the air.',
      'The government announced new funding for rehabilitation centres.',
    ],
    'weather.txt': [
      'Storm season',
      'Forecasters expect a stormy autumn along the coast, with strong winds.',
      'Farmers were told to find shelter for livestock before the storm.',
    ],
  });
  it('finds the passage that answers it', async () => {
    const paraphrase = createSearchEngine(news);
    expect(cites(await paraphrase.search('Why is it difficult to discover where the drug is produced?'))[0]).toBe('labs.txt:5');
  });
});
