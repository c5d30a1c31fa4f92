// Words that only date a question ("this week", "on Tuesday") do not pull in passages that happen
// to say them about something else.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { cites, corpusOf } from './corpus.ts';

const corpus = corpusOf({
  'minister.txt': ['Cabinet', 'The finance minister resigned after the audit of the ministry.'],
  'storms.txt': ['Weather', 'This week, as the week before, storms battered the coast all week long.'],
  'calendar.txt': ['Diary', 'The market opens every Tuesday and closes on Tuesday evening.'],
});
const engine = createSearchEngine(corpus);

describe('date words', async () => {
  it('answers "who resigned this week" with the resignation, not with a passage full of weeks', async () => {
    expect(cites(await engine.search('Who resigned this week?'))).toEqual(['minister.txt:3']);
    expect(cites(await engine.search('Which minister resigned on Tuesday?'))[0]).toBe('minister.txt:3');
  });

  it('keeps a period that is what the question is about', async () => {
    expect(cites(await engine.search('storms all week'))[0]).toBe('storms.txt:3');
  });
});
