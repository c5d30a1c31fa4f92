import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/article.ts';

const parse = (...lines: string[]) => parseArticle('story.txt', lines.join('\n')).article;

describe('article titles', () => {
  it('uses a headline-like first line, which is then not a passage', () => {
    const a = parse('Old Mill to Become Housing', 'Developers will turn the old mill into 80 flats, the council said on Monday.');
    expect(a.title).toBe('Old Mill to Become Housing');
    expect(a.passages.map((p) => p.line)).toEqual([2]);
  });

  it('accepts a sentence-case headline and one ending in a question mark', () => {
    expect(parse('Old mill to become housing after years of delay', 'Developers will turn the mill into flats, the council said.').title)
      .toBe('Old mill to become housing after years of delay');
    expect(parse('Is the housing crisis finally easing?', 'Rents fell for the first time in a decade, a survey found.').title)
      .toBe('Is the housing crisis finally easing?');
  });

  it('reads an abbreviation inside a headline as part of it, not as a sentence end', () => {
    const a = parse("Nurses at St. Aldric's walk out as staffing talks collapse", 'About 1,800 nurses walked off the job on Tuesday.');
    expect(a.title).toBe("Nurses at St. Aldric's walk out as staffing talks collapse");
    expect(a.passages.map((p) => p.line)).toEqual([1, 2]); // in sentence case: a passage too
  });

  it('drops a repeat of the title just below it, even in another case', () => {
    const a = parse(
      'City Plans New Tram Line',
      '',
      'City plans new tram line',
      'The city will build a tram line to the airport by 2030, the mayor said on Friday.',
    );
    expect(a.title).toBe('City Plans New Tram Line');
    expect(a.passages.map((p) => p.line)).toEqual([4]);
  });

  it('falls back to the opening words of the first sentence, cut at a word boundary with an ellipsis', () => {
    const first =
      'The regional government announced on Wednesday a sweeping overhaul of its public transport network, promising cheaper fares and more frequent trains. Critics called it vague.';
    const a = parse(first, 'The plan will be debated in parliament next month, officials said.');
    expect(a.title.endsWith('…')).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(81);
    expect(first.startsWith(a.title.slice(0, -1))).toBe(true);
    expect(a.passages.map((p) => p.line)).toEqual([1, 2]); // the first paragraph is still a passage
  });

  it('uses a short first sentence whole', () => {
    const a = parse('The bridge is closed. Repairs will take a year, engineers said on Monday after an inspection.');
    expect(a.title).toBe('The bridge is closed');
    expect(a.passages).toHaveLength(1);
  });

  it('reads a Markdown headline that restates the front matter title as the title, not as a section heading', () => {
    const md = ['---', 'title: Race leader suspended after positive test', '---', '', '# Race leader suspended after positive test for banned drug', '', 'The race leader was suspended on Thursday.', '', '## What comes next', '', 'An appeal is expected.'];
    const a = parseArticle('x.md', md.join('\n')).article;
    expect(a.title).toBe('Race leader suspended after positive test');
    expect(a.passages.map((p) => [p.line, p.heading])).toEqual([[7, null], [11, 'What comes next']]);
  });

  it('keeps the reporter’s title and outlet under a byline out of the headings', () => {
    const a = parse('Nurses walk out as talks collapse', 'By Maria Lopez', 'Health Care Reporter, The Marlowe Ledger', 'About 1,800 nurses walked off the job on Tuesday.');
    expect(a.passages.map((p) => [p.line, p.heading])).toEqual([[4, null]]);
  });

  it('prefers the front matter title and leaves the body alone', () => {
    const a = parseArticle('x.md', ['---', 'title: Harbour Report', '---', 'The harbour report was published on Tuesday.'].join('\n')).article;
    expect(a.title).toBe('Harbour Report');
    expect(a.passages.map((p) => p.line)).toEqual([4]);
  });

  it('gives every passage the article title', () => {
    const a = parse('Tram Line Approved', 'The tram line was approved.', 'Work starts in May.');
    expect(a.passages.every((p) => p.title === 'Tram Line Approved')).toBe(true);
  });

  it('keeps a first line in sentence case (a photo caption) as a passage while it is the title', () => {
    const a = parse(
      'The signal box at Marlowe junction in winter',
      'The signal box at Marlowe was built in 1884 to control the junction of two railway lines.',
      'It was closed in 1998 and is now a museum.',
    );
    expect(a.title).toBe('The signal box at Marlowe junction in winter');
    expect(a.passages.map((p) => [p.line, p.heading, p.text])).toEqual([
      [1, null, 'The signal box at Marlowe junction in winter'],
      [2, null, 'The signal box at Marlowe was built in 1884 to control the junction of two railway lines.'],
      [3, null, 'It was closed in 1998 and is now a museum.'],
    ]);
  });

  it('keeps a caption whose proper names make most of its words capitals, and a one-word caption', () => {
    const painting = parse('Mayor Ann Hale speaking before the Marlowe Town Council in a 1901 painting by John P. Rook', 'Hale argued for a new harbour wall.', 'The council agreed a year later.');
    expect(painting.passages.map((p) => p.line)).toEqual([1, 2, 3]);
    const place = parse('Marlowe', 'Marlowe is a port town on the east coast.', 'Its harbour was rebuilt in 1902.');
    expect(place.title).toBe('Marlowe');
    expect(place.passages.map((p) => p.line)).toEqual([1, 2, 3]);
  });

  it('takes a sentence-case first line set apart by a blank line as the headline only', () => {
    const a = parse('Signal box at Marlowe reopens as a museum', '', 'The signal box at Marlowe reopened on Saturday as a museum, its owners said.', '', 'About 400 people came.');
    expect(a.title).toBe('Signal box at Marlowe reopens as a museum');
    expect(a.passages.map((p) => p.line)).toEqual([3, 5]);
  });

  it('still takes a headline in Headline Style as the title only', () => {
    const a = parse('Signal Box at Marlowe Junction Reopens as Museum', 'The signal box at Marlowe reopened on Saturday as a museum, its owners said.', 'About 400 people came.');
    expect(a.title).toBe('Signal Box at Marlowe Junction Reopens as Museum');
    expect(a.passages.map((p) => p.line)).toEqual([2, 3]);
  });

  it('reads short lines stacked under a caption as captions too, not as headings over the article', () => {
    const a = parse(
      'Marlowe',
      'Port Ellis, Westmarch',
      'This is a list of towns in Westmarch.',
      'The table lists each town and its population at the 2020 census.',
      'Marlowe is the largest town, with about 40,000 people.',
      'Port Ellis is the second largest.',
      'Most towns lie on the coast.',
    );
    expect(a.title).toBe('Marlowe');
    expect(a.passages.map((p) => [p.line, p.heading])).toEqual([[1, null], [2, null], [3, null], [4, null], [5, null], [6, null], [7, null]]);
  });

  it('keeps a label ending in a colon under a caption as the heading of what follows', () => {
    const a = parse('Marlowe may refer to:', 'Places:', 'Marlowe, a port town in Westmarch.', 'Marlowe Island, an island off its coast.', 'Marlowe Hill, the highest point in the county.', 'People:', 'Ann Marlowe, a painter.');
    expect(a.passages.filter((p) => p.line >= 3).map((p) => [p.line, p.heading])).toEqual([[3, 'Places:'], [4, 'Places:'], [5, 'Places:'], [7, 'People:']]);
  });
});
