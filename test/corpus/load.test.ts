import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { articleDir, isVerbatimAt } from './helpers.ts';

const lines = (...l: string[]): string => l.join('\n');

async function load(files: Record<string, string | Uint8Array>) {
  return loadCorpus(await articleDir(files));
}

async function passagesOf(text: string | Uint8Array, name = 'a.txt') {
  const { corpus } = await load({ [name]: text });
  return corpus.passages.map((p) => ({ line: p.line, text: p.text, heading: p.heading }));
}

describe('loadCorpus: encodings and line ends', () => {
  it('reads UTF-8 with a byte order mark without leaking the mark into the text', async () => {
    const body = lines('Harbour Plan Approved', 'The council approved the harbour plan on Monday, officials said.');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
    const { corpus } = await load({ 'bom.txt': bytes });
    expect(corpus.articles[0]!.title).toBe('Harbour Plan Approved');
    expect(corpus.passages).toMatchObject([{ line: 2, text: 'The council approved the harbour plan on Monday, officials said.' }]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (curly quotes, accents)', async () => {
    const bytes = Buffer.from([
      ...Buffer.from('Caf', 'latin1'), 0xe9, ...Buffer.from(' owners protest\n', 'latin1'),
      ...Buffer.from('The owner said ', 'latin1'), 0x93, ...Buffer.from('we will stay open', 'latin1'), 0x94,
      ...Buffer.from(' despite the new rent rules for the old quarter.\n', 'latin1'),
    ]);
    const { corpus, warnings } = await load({ 'cp1252.txt': bytes });
    expect(warnings).toEqual([]);
    expect(corpus.articles[0]!.title).toBe('Café owners protest');
    expect(corpus.passages.at(-1)!.text).toBe('The owner said “we will stay open” despite the new rent rules for the old quarter.');
  });

  it('handles CRLF and lone CR line ends with correct line numbers and no stray carriage returns', async () => {
    const crlf = 'Water Rates Rise\r\n\r\nThe utility raised water rates by four percent on Tuesday.\r\nCustomers will see the change in March.\r\n';
    expect(await passagesOf(crlf)).toEqual([
      { line: 3, text: 'The utility raised water rates by four percent on Tuesday.', heading: null },
      { line: 4, text: 'Customers will see the change in March.', heading: null },
    ]);
    const cr = 'Water Rates Rise\rThe utility raised water rates by four percent on Tuesday.\rCustomers will see the change in March.';
    expect((await passagesOf(cr)).map((p) => p.line)).toEqual([2, 3]);
  });

  it('reads UTF-16 files that start with a byte order mark', async () => {
    const text = 'Ferry Service Resumes\nThe ferry service resumed on Friday after a two-week strike ended.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await passagesOf(bytes)).toEqual([
      { line: 2, text: 'The ferry service resumed on Friday after a two-week strike ended.', heading: null },
    ]);
  });
});

describe('loadCorpus: paragraphs', () => {
  it('keeps one-paragraph-a-line text as separate passages even without blank lines between', async () => {
    const text = lines(
      'The mayor announced a new transit plan on Monday, promising faster buses across the city within two years.',
      'Critics said the plan lacked funding and would fail without state support, which has not been promised.',
      '',
      'The council will vote on the proposal next month after a public hearing in the main library.',
    );
    expect((await passagesOf(text)).map((p) => p.line)).toEqual([1, 2, 4]);
  });

  it('keeps short one-sentence lines apart when each ends a sentence', async () => {
    const text = lines('Bridge Closes', 'The bridge closed on Monday.', 'Drivers must use the ring road.', 'Repairs take a year.');
    expect((await passagesOf(text)).map((p) => p.text)).toEqual([
      'The bridge closed on Monday.', 'Drivers must use the ring road.', 'Repairs take a year.',
    ]);
  });

  it('joins hard-wrapped lines into one passage that starts at its first line', async () => {
    const text = lines(
      'Port Strike Ends',
      '',
      'Dock workers at the northern port voted on Sunday to end a strike that had',
      'halted shipping for three weeks, union leaders said, after the operator agreed',
      'to raise wages by six percent over two years.',
      '',
      'The operator said cargo would move again by Wednesday, although a backlog of',
      'more than forty ships could take a month to clear.',
    );
    expect(await passagesOf(text)).toEqual([
      {
        line: 3,
        heading: null,
        text: 'Dock workers at the northern port voted on Sunday to end a strike that had halted shipping for three weeks, union leaders said, after the operator agreed to raise wages by six percent over two years.',
      },
      {
        line: 7,
        heading: null,
        text: 'The operator said cargo would move again by Wednesday, although a backlog of more than forty ships could take a month to clear.',
      },
    ]);
  });

  it('treats short lines without final punctuation as headings of the paragraphs below', async () => {
    const text = lines(
      'Storm Hits Coast',
      'Heavy rain flooded the coastal road overnight and closed two schools, officials said.',
      'What Happens Next',
      'Crews will inspect the sea wall on Thursday before the road reopens to traffic.',
    );
    expect(await passagesOf(text)).toEqual([
      { line: 2, heading: null, text: 'Heavy rain flooded the coastal road overnight and closed two schools, officials said.' },
      { line: 4, heading: 'What Happens Next', text: 'Crews will inspect the sea wall on Thursday before the road reopens to traffic.' },
    ]);
  });

  it('makes each bullet item its own passage without its mark', async () => {
    const text = lines(
      'Budget at a Glance',
      'The council passed its budget on Tuesday after a long debate over road repairs.',
      'The budget includes:',
      '- More money for road repairs in the east of the city.',
      '  * A new bus route to the hospital.',
      '• Longer library opening hours on weekends.',
      '1. A freeze on parking fees until next year.',
      '2) Funding for two new parks,',
      '   with play areas for young children.',
    );
    expect(await passagesOf(text)).toEqual([
      { line: 2, heading: null, text: 'The council passed its budget on Tuesday after a long debate over road repairs.' },
      { line: 4, heading: 'The budget includes:', text: 'More money for road repairs in the east of the city.' },
      { line: 5, heading: 'The budget includes:', text: 'A new bus route to the hospital.' },
      { line: 6, heading: 'The budget includes:', text: 'Longer library opening hours on weekends.' },
      { line: 7, heading: 'The budget includes:', text: 'A freeze on parking fees until next year.' },
      { line: 8, heading: 'The budget includes:', text: 'Funding for two new parks, with play areas for young children.' },
    ]);
  });

  it('keeps the text exactly as written: quotes, dashes and Markdown emphasis untouched', async () => {
    const para = 'She said “it’s *not* over” — and the **crowd** cheered at the rally in the square.';
    expect((await passagesOf(lines('Rally Draws Crowd', para)))[0]!.text).toBe(para);
  });
});

describe('loadCorpus: Markdown', () => {
  const md = lines(
    '---',
    'title: "Library Reopens After Flood"',
    'publisher: Valley Courier',
    'url: https://example.org/library',
    'date: 2024-05-02',
    '---',
    '',
    '# Library Reopens After Flood',
    '',
    'The central library reopened on Thursday, eight months after a flood ruined',
    'its basement and thousands of books.',
    '',
    '## What Was Lost',
    '',
    'Staff said about 12,000 books could not be saved.',
    '',
    'Rebuilding Plans',
    '----------------',
    '',
    'The city will add flood barriers before next winter.',
  );

  it('takes title, outlet, url and date from the front matter', async () => {
    const { corpus } = await load({ 'lib.md': md });
    expect(corpus.articles[0]).toMatchObject({
      source: 'lib.md', title: 'Library Reopens After Flood', outlet: 'Valley Courier',
      url: 'https://example.org/library', date: '2024-05-02',
    });
  });

  it('counts front matter lines in line numbers and turns # and underlined headings into headings', async () => {
    expect(await passagesOf(md, 'lib.md')).toEqual([
      { line: 10, heading: null, text: 'The central library reopened on Thursday, eight months after a flood ruined its basement and thousands of books.' },
      { line: 15, heading: 'What Was Lost', text: 'Staff said about 12,000 books could not be saved.' },
      { line: 20, heading: 'Rebuilding Plans', text: 'The city will add flood barriers before next winter.' },
    ]);
  });

  it('sees through emphasis and link syntax to drop a byline and a teaser, and keeps the text after them', async () => {
    const text = lines(
      '# Tram Line Approved',
      '*By Sam Green*',
      'The council approved the tram line on Tuesday after a two-hour debate.',
      '**READ MORE:** [Bus fares to rise in October](https://example.org/fares)',
      'Work will start in the spring and take three years, officials said.',
    );
    expect((await passagesOf(text, 't.md')).map((p) => p.line)).toEqual([3, 5]);
  });

  it('ignores front matter that is not valid YAML rather than failing', async () => {
    const text = lines('---', 'title: [unclosed', '---', 'The museum opened a new wing on Sunday, drawing large crowds.');
    const { corpus, warnings } = await load({ 'x.md': text });
    expect(warnings).toEqual([]);
    expect(corpus.passages.map((p) => p.line)).toContain(4);
  });
});

describe('loadCorpus: files', () => {
  const article = 'The school board approved a new calendar on Monday, adding two days of classes.';

  it('skips binary, empty and whitespace-only files with one warning each, and loads the rest', async () => {
    const { corpus, warnings } = await load({
      'a.txt': article,
      'b.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      'c.txt': '',
      'd.md': ' \n\t\n',
    });
    expect(corpus.articles.map((a) => a.source)).toEqual(['a.txt']);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^b\.txt: .*binary/u);
    expect(warnings[1]).toMatch(/^c\.txt: .*empty/u);
    expect(warnings[2]).toMatch(/^d\.md: .*empty/u);
  });

  it('skips a file that holds only boilerplate, naming it', async () => {
    const { corpus, warnings } = await load({ 'a.txt': article, 'junk.txt': lines('Advertisement', '© 2024 All Rights Reserved') });
    expect(corpus.articles).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/^junk\.txt: skipped/u)]);
  });

  it('reads subfolders, sorts by path, ignores other file types, and cites paths with /', async () => {
    const { corpus } = await load({ 'b.txt': article, 'a/z.md': article.replace('school', 'city'), 'notes.json': '{}', 'c.TXT': article.replace('Monday', 'Friday') });
    expect(corpus.articles.map((a) => a.source)).toEqual(['a/z.md', 'b.txt', 'c.TXT']);
    expect(corpus.passages.map((p) => p.source)).toEqual(['a/z.md', 'b.txt', 'c.TXT']);
  });

  it('lists passages in file then line order, each verbatim at its line', async () => {
    const files = {
      'one.txt': lines('Park Opens', 'The new park opened on Saturday with a concert for families.', 'More than 2,000 people came, organisers said.'),
      'two.txt': lines('Rail Line Delayed', '', 'The rail line will open a year late, the transport agency said on Friday,', 'citing supplier problems and a shortage of engineers.'),
    };
    const { corpus } = await load(files);
    expect(corpus.passages.map((p) => `${p.source}:${p.line}`)).toEqual(['one.txt:2', 'one.txt:3', 'two.txt:3']);
    for (const p of corpus.passages) expect(isVerbatimAt(files[p.source as keyof typeof files], p)).toBe(true);
  });
});
