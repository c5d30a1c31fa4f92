import { describe, expect, it } from 'vitest';
import { SpeakerLookup } from '../../src/quotes/lookup.ts';
import { parseQuoteQuery } from '../../src/quotes/query.ts';
import type { Speaker } from '../../src/quotes/types.ts';

const SPEAKERS: Speaker[] = [
  { name: 'Donald Trump', aliases: ['Trump', 'Mr. Trump'], quotes: 43 },
  { name: 'Melania Trump', aliases: ['Trump'], quotes: 3 },
  { name: 'Hillary Clinton', aliases: ['Clinton'], quotes: 7 },
];

describe('SpeakerLookup', () => {
  const lookup = new SpeakerLookup(SPEAKERS);

  it('finds the speaker whose shown name was typed even when another has it as an alias', () => {
    expect(lookup.find('Donald Trump')?.name).toBe('Donald Trump');
    expect(lookup.find('melania trump')?.name).toBe('Melania Trump');
  });

  it('answers an ambiguous name with the most quoted match and keeps the others', () => {
    expect(lookup.find('trump')?.name).toBe('Donald Trump');
    expect(lookup.matches('Trump').map((s) => s.name)).toEqual(['Donald Trump', 'Melania Trump']);
    expect(lookup.find('nobody here')).toBeNull();
  });

  it('knows how many words the longest name has', () => {
    expect(lookup.longest).toBe(2);
  });
});

describe('parseQuoteQuery', () => {
  it('tries no more name prefixes than the longest name has words, however long the text', () => {
    const lookup = new SpeakerLookup(SPEAKERS);
    let calls = 0;
    const book = { findSpeaker: (n: string) => (calls++, lookup.find(n)), longestName: () => lookup.longest };
    const text = `hillary clinton ${'word '.repeat(8000)}`;
    expect(text.length).toBeGreaterThan(40_000);
    const query = parseQuoteQuery(text, book);
    expect(query.speaker).toBe('hillary clinton');
    expect(calls).toBeLessThanOrEqual(2);
    // The topic is cut at the bound, and still too long for the command, which refuses it.
    expect(query.about!.length).toBeLessThan(1000);
  });
});
