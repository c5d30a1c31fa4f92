// How words and the sentence encoder's meaning are fused: a question told after some context is
// also read for its question proper, and the more of the question's words the best passage by
// words holds, the less meaning moves it.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { focusOf } from '../../src/search/query/focus.ts';
import { ENCODER_DIMENSIONS } from '../../src/search/semantic/encoder.ts';
import { SentenceIndex } from '../../src/search/semantic/sentence-index.ts';
import { cites, corpusOf } from './corpus.ts';

const D = ENCODER_DIMENSIONS;

const corpus = corpusOf({
  'budget.txt': ['Council', 'The council approved a budget that raises taxes on property.'],
  'homes.txt': ['Homeowners', 'Homeowners will pay more next year after the vote.'],
  'weather.txt': ['Forecast', 'Heavy rain and strong winds are forecast for the coast on Saturday.'],
  'sport.txt': ['Results', 'The home team won the final with a goal in the last minute.'],
  'music.txt': ['Charts', 'The singer topped the charts with her new album of love songs.'],
});

/** Unit vector along axis `axis`. */
function axis(a: number): Float32Array {
  const v = new Float32Array(D);
  v[a] = 1;
  return v;
}

/** Sentence vectors: homes.txt along the question's axis (0), every other passage across it. */
function sentences(asked: string[] = []): SentenceIndex {
  const rows = new Float32Array(corpus.passages.length * D);
  corpus.passages.forEach((p, d) => rows.set(axis(p.source === 'homes.txt' ? 0 : 1 + d), d * D));
  return SentenceIndex.fromFloats(rows, (text) => {
    asked.push(text);
    return Promise.resolve(axis(0));
  });
}

describe('the question proper', () => {
  it('is the last sentence of a question told after some context', () => {
    expect(focusOf('The House handed the articles to the Senate. Who will preside over the trial?')).toBe('Who will preside over the trial?');
    expect(focusOf('Who will preside over the trial?')).toBeNull();
  });

  it('is embedded beside the whole question', async () => {
    const asked: string[] = [];
    const engine = createSearchEngine(corpus, { semantic: { sentenceWaitMs: 60_000 } });
    engine.attachSentences?.(sentences(asked));
    await engine.search('The council met on Monday. What did it approve?');
    expect(asked).toEqual(['The council met on Monday. What did it approve?', 'What did it approve?']);
  });
});

describe('meaning yields to words the passage holds', () => {
  const question = 'Which council approved the budget raising property taxes?';
  const ask = async (sentenceYield: number) => {
    const engine = createSearchEngine(corpus, { semantic: { sentenceWaitMs: 60_000, sentenceWeight: 1.5, sentenceShare: 1, sentenceYield } });
    engine.attachSentences?.(sentences());
    return cites(await engine.search(question));
  };

  it('keeps first a passage holding every word of the question over one only close in meaning', async () => {
    expect((await ask(0.4))[0]).toBe('budget.txt:3');
  });

  it('lets meaning win without the yield (what the yield changes)', async () => {
    expect((await ask(0))[0]).toBe('homes.txt:3');
  });
});
