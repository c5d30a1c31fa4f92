// The text kit's year rule, shared by the search hints (`when`, `how many`) and coverage's figures.
import { describe, expect, it } from 'vitest';
import { isModernYear, isYear } from '../../src/text/years.ts';

const yearIn = (text: string, figure: string) => isYear(text, text.indexOf(figure), figure);

describe('a figure read as a year', () => {
  it('takes 1800 to 2099 wherever they stand, and nothing else without a cue', () => {
    expect(['1800', '1995', '2099'].map(isModernYear)).toEqual([true, true, true]);
    expect(['1799', '2100', '995', '19950', '1,995'].map(isModernYear)).toEqual([false, false, false, false, false]);
    expect(yearIn('The 1995 election was close.', '1995')).toBe(true);
  });

  it('takes an older year only after a word that introduces one', () => {
    expect(yearIn('The abbey was founded in 1066 by monks.', '1066')).toBe(true);
    expect(yearIn('The siege began on 9 March 1642.', '1642')).toBe(true);
    expect(yearIn('The army sent 1200 troops north.', '1200')).toBe(false);
  });
});
