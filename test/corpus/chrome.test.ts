// Chrome kept out, real text kept in: bylines, captions, teasers and bios against short real lines.
import { describe, expect, it } from 'vitest';
import { loadCorpusReport } from '../../src/corpus/load.ts';
import { articleDir } from './helpers.ts';

const lines = (...l: string[]): string => l.join('\n');

async function load(files: Record<string, string>) {
  return loadCorpusReport(await articleDir(files));
}

const STRIKE = lines(
  'Transit Strike Enters Second Week',
  '',
  'By Karen Liu | Published 9:42 AM EST, Thu March 6, 2025 | Updated 11:15 AM',
  '',
  'Bus drivers walked off the job for a second week on Monday, leaving thousands of commuters stranded.',
  '',
  'Commuters wait for a replacement bus at Union Station (Photo: Jane Doe/Reuters)',
  '',
  'The union said talks with the transit authority had broken down over pay and shift lengths.',
  '',
  'Related Stories',
  'Mayor Unveils Budget With New Money For Buses',
  '',
  'Officials expect the strike to last at least until the end of the month.',
  '',
  'Karen Liu covers transportation for The Ledger. Reach her at karen.liu@ledger.example.',
);

describe('chrome', () => {
  it('keeps a byline with | and time stamps, a caption, a Related teaser and an author bio out, each with its rule', async () => {
    const { corpus, dropped } = await load({ 'strike.txt': STRIKE });
    expect(corpus.passages.map((p) => [p.line, p.heading])).toEqual([[5, null], [9, null], [14, null]]);
    expect((dropped.get('strike.txt') ?? []).map((d) => [d.line, d.rule])).toEqual([
      [1, 'title'], [3, 'byline-with-stamps'], [7, 'caption'], [11, 'related-label'], [12, 'related-teaser'], [16, 'author-bio'],
    ]);
  });

  it('keeps a caption written `Photo: …` out of the passages and out of the headings shown in citations', async () => {
    const text = lines(
      'Transit Strike Enters Second Week',
      '',
      'Bus drivers walked off the job for a second week on Monday, leaving thousands of commuters stranded.',
      '',
      'Photo: Commuters wait for a replacement bus at Union Station',
      '',
      'The union said talks with the transit authority had broken down over pay and shift lengths.',
    );
    const { corpus, dropped } = await load({ 'strike.txt': text });
    expect(corpus.passages.map((p) => [p.line, p.heading])).toEqual([[3, null], [7, null]]);
    expect(dropped.get('strike.txt')).toContainEqual(expect.objectContaining({ line: 5, rule: 'caption' }));
  });

  it('keeps a news sentence that gives the public an address to write to', async () => {
    const text = lines('Park Plan Open For Comment', 'Residents can send comments on the park plan to parks@city.example until March 3.');
    const { corpus } = await load({ 'park.txt': text });
    expect(corpus.passages.map((p) => p.line)).toEqual([2]);
  });

  it('warns once about a file that loses more than a third of its text', async () => {
    const { warnings } = await load({ 'strike.txt': STRIKE });
    expect(warnings).toEqual([expect.stringMatching(/^strike\.txt: \d+% of its text was left out as boilerplate/u)]);
  });
});

describe('real short lines', () => {
  it('keeps a first line without a full stop when the lines after it have none either', async () => {
    const text = lines(
      'Scientists grew tiny brain organoids that formed primitive eye structures',
      'Some early reports placed the minister in Cyprus, but he was at a resort in Crete',
      'Auckland will be locked down for a week and the rest of the country for three days',
      'Federer said he needed surgery on an injured knee',
    );
    const { corpus } = await load({ 'week.txt': text });
    expect(corpus.passages.map((p) => p.line)).toEqual([1, 2, 3, 4]);
  });

  it('still takes a lone first line without a full stop as the headline of sentences', async () => {
    const text = lines('Ferry Fares Rise Again', 'The ferry company raised fares by five percent on Monday.', 'Islanders said they would protest.');
    const { corpus } = await load({ 'ferry.txt': text });
    expect(corpus.articles[0]!.title).toBe('Ferry Fares Rise Again');
    expect(corpus.passages.map((p) => p.line)).toEqual([2, 3]);
  });

  it('keeps such a line in sentence case as a passage too, heading nothing', async () => {
    const text = lines('Ferry fares rise again', 'The ferry company raised fares by five percent on Monday.', 'Islanders said they would protest.');
    const { corpus } = await load({ 'ferry.txt': text });
    expect(corpus.articles[0]!.title).toBe('Ferry fares rise again');
    expect(corpus.passages.map((p) => [p.line, p.heading])).toEqual([[1, null], [2, null], [3, null]]);
  });

  it('keeps short sentence lines without full stops in a file written a sentence a line', async () => {
    const text = lines(
      'Kenneth Jennings is an American game show contestant and author.',
      'Jennings holds the record for the longest winning streak on the show.',
      'In 2004, Jennings won 74 Jeopardy!',
      'His total earnings on the show',
      'are more than three million dollars, the network said.',
      'He later wrote several books about trivia.',
    );
    const { corpus } = await load({ 'wiki.txt': text });
    expect(corpus.passages.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps a file of short lines only instead of skipping it', async () => {
    const { corpus, warnings } = await load({ 'list.txt': lines('Chinese New Year', '9 – 12 February (Vietnam)', '10 February (China)') });
    expect(warnings).toEqual([]);
    expect(corpus.passages.map((p) => p.text)).toContain('9 – 12 February (Vietnam)');
  });
});
