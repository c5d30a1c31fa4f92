import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/coverage/figures.ts';
import { dateBound, dateFromFileName, normaliseDate } from '../../src/coverage/dates.ts';
import { globMatcher } from '../../src/coverage/sources-file.ts';
import { toCsv, toMarkdown } from '../../src/coverage/export.ts';

const read = (text: string) => figuresIn(text).map((f) => [f.value, f.phrase, f.counts, f.period.key]);

describe('figuresIn', () => {
  it('reads the value, the hedge, what is counted and the period', () => {
    expect(read('The drug killed nearly 2,500 people a month in 2023, and $1.2 billion was spent.')).toEqual([
      [2500, 'killed nearly 2,500 people a month', 'deaths', 'month'],
      [1.2e9, '$1.2 billion', 'dollars', 'month'],
    ]);
    expect(read('Some 300 soldiers and 12 people went missing over the past five years.')).toEqual([
      [300, 'Some 300 soldiers', 'troops', '5 years'],
      [12, '12 people went missing', 'people missing', '5 years'],
    ]);
  });

  it('skips years, dates, times, model names and bare labels', () => {
    expect(read('In 2024, on March 5 at 7 p.m., two MQ-9 drones flew under Executive Order 14157.')).toEqual([]);
  });

  it('names an unlisted count by the noun after the number', () => {
    expect(read('Inspectors closed 14 laboratories.')).toEqual([[14, '14 laboratories', 'laboratori', null]]);
  });
});

describe('dates', () => {
  it('reads common forms and file names, and ignores digits inside a hash', () => {
    expect(['2025-03-04T10:00:00Z', 'March 4, 2025', '4 Mar 2025', '2025/3/4', 'soon', '2025-02-30'].map(normaliseDate)).toEqual([
      '2025-03-04', '2025-03-04', '2025-03-04', '2025-03-04', null, null,
    ]);
    expect(['2025-03-04-floods.txt', 'nyt_20250304.txt', 'rt20200103_CNN.txt', '000_11d20250304f1.txt'].map(dateFromFileName)).toEqual(['2025-03-04', '2025-03-04', '2020-01-03', null]);
    expect([dateBound('2025', 'start'), dateBound('2025-02', 'end'), dateBound('later', 'end')]).toEqual(['2025-01-01', '2025-02-28', null]);
  });
});

describe('sources.yml patterns', () => {
  it('matches folders, * within a folder and ** across folders', () => {
    expect(['wire/a.txt', 'wire/x/b.txt', 'wired.txt'].map(globMatcher('wire/'))).toEqual([true, true, false]);
    expect(['nyt-1.txt', 'x/nyt-1.txt'].map(globMatcher('nyt-*.txt'))).toEqual([true, false]);
    expect(['x/y/nyt-1.txt'].map(globMatcher('**/nyt-*.txt'))).toEqual([true]);
  });
});

describe('export', () => {
  const row = { text: 'He said "no", | then left', speaker: 'Ana', outlet: 'Reuters', date: '2025-03-04', url: null, title: 'T', source: 'a.txt', line: 3 };
  it('quotes CSV fields and escapes Markdown cells', () => {
    expect(toCsv([row]).split('\r\n')[1]).toBe('"He said ""no"", | then left","Ana","Reuters","2025-03-04","","T","a.txt:3"');
    expect(toMarkdown('Quotes', [row])).toContain('| He said "no", \\| then left | Ana | Reuters | 2025-03-04 |  | T | a.txt:3 |');
  });
});
