// A newsroom's own files: syndicated copy, stray bytes, mojibake, legacy encodings, saved pages.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadCorpusReport } from '../../src/corpus/load.ts';
import { articleDir, isVerbatimAt } from './helpers.ts';

const lines = (...l: string[]): string => l.join('\n');

async function load(files: Record<string, string | Uint8Array>) {
  return loadCorpusReport(await articleDir(files));
}

const AGENCY = [
  'The city will replace 4,000 lead pipes by 2030 under a plan approved on Tuesday, officials said.',
  'The replacement programme will cost about $120 million, half of it paid by the state.',
  'Work starts in May in the oldest neighbourhoods, where most of the lead service lines remain.',
  'Residents will be told by letter two weeks before crews arrive on their street.',
  'Water bills will rise by three percent a year until the work is finished.',
];

describe('syndicated copy', () => {
  const outlet = (intro: string, footer: string) => lines('Lead Pipes To Go', intro, ...AGENCY, footer);
  const files = {
    'ledger/a.txt': outlet('Our reporter spoke to families on Elm Street about the news this week.', 'Elm County news, every morning since 1901.'),
    'ledger/b.txt': lines('Bus Fares Frozen', 'The transit board froze bus fares for another year on Monday evening.', 'Riders welcomed the decision at the meeting.', 'Elm County news, every morning since 1901.'),
    'ledger/c.txt': lines('Library Reopens', 'The central library reopened on Saturday after a two-year renovation.', 'Visitors queued around the block before the doors opened.', 'Elm County news, every morning since 1901.'),
    'post/d.txt': outlet('The Post has followed the lead pipe story since 2019.', 'Send tips to the newsroom.'),
    'herald/e.txt': outlet('Herald readers asked how many pipes remain in the ground.', 'Follow the Herald for updates.'),
  };

  it('keeps agency text shared by three outlets once, cited with every other place it appears', async () => {
    const { corpus } = await load(files);
    for (const [i, text] of AGENCY.entries()) {
      const found = corpus.passages.filter((p) => p.text === text);
      expect(found).toEqual([
        expect.objectContaining({ source: 'herald/e.txt', line: 3 + i, also: [{ source: 'ledger/a.txt', line: 3 + i }, { source: 'post/d.txt', line: 3 + i }] }),
      ]);
    }
    expect(corpus.passages.filter((p) => p.source === 'post/d.txt').map((p) => p.line)).toEqual([2, 8]);
    const all = files as Record<string, string>;
    for (const p of corpus.passages) for (const at of p.also ?? []) expect(isVerbatimAt(all[at.source]!, { ...p, ...at })).toBe(true);
  });

  it('drops a line repeated at the foot of many files of one site, naming the rule', async () => {
    const { corpus, dropped } = await load(files);
    expect(corpus.passages.some((p) => p.text.startsWith('Elm County news'))).toBe(false);
    expect(dropped.get('ledger/b.txt')).toContainEqual(expect.objectContaining({ line: 4, rule: 'site-chrome' }));
  });
});

describe('encodings', () => {
  it('reads UTF-8 with one stray Windows-1252 byte, keeping every paragraph, with a warning counting it', async () => {
    const body = lines(
      'Café Owners Protest',
      'The owner said “we will stay open” despite the new rent rules — and the crowd cheered.',
      'Prices at the café have not changed since 2019, she said.',
      'Her neighbour',
    );
    const bytes = Buffer.concat([Buffer.from(body, 'utf8'), Buffer.from([0x92]), Buffer.from('s shop closed in June after forty years.', 'utf8')]);
    const { corpus, warnings } = await load({ 'a.txt': bytes });
    expect(corpus.passages.map((p) => p.text)).toEqual([
      'The owner said “we will stay open” despite the new rent rules — and the crowd cheered.',
      'Prices at the café have not changed since 2019, she said.',
      'Her neighbour’s shop closed in June after forty years.',
    ]);
    expect(warnings).toEqual(['a.txt: 1 byte that are not UTF-8 read as Windows-1252']);
  });

  it('repairs a paragraph of UTF-8 once misread as Windows-1252, quote and all', async () => {
    const text = lines('Flood Defences Fail', '“We didnâ€™t expect the river to rise so fast,â€\x9d said the mayor, JosÃ© Ruiz.', 'The water fell back by Friday.');
    const { corpus } = await load({ 'a.txt': text });
    expect(corpus.passages.map((p) => p.text)).toEqual(['“We didn’t expect the river to rise so fast,” said the mayor, José Ruiz.', 'The water fell back by Friday.']);
  });

  it('decodes KOI8-R when the detector is sure, and skips a file it cannot place with one warning', async () => {
    const russian = 'Мэр города объявил в понедельник о новом плане развития транспорта. Критики заявили, что план не имеет финансирования.';
    const { corpus, warnings } = await load({ 'ru.txt': iconv.encode(lines('Новый план', russian), 'koi8-r'), 'short.txt': iconv.encode('Мэр объявил план.', 'koi8-r') });
    expect(corpus.passages.map((p) => p.text)).toEqual(['Новый план', russian]); // the headline, in sentence case, is a passage too
    expect(warnings).toEqual([expect.stringMatching(/^short\.txt: skipped, its encoding could not be recognised.*save it as UTF-8$/u)]);
  });
});

describe('saved web pages', () => {
  const page = lines(
    '<!DOCTYPE html><html><head>',
    '<title>Council approves lead pipe plan | The Ledger</title>',
    '<meta property="og:site_name" content="The Ledger">',
    '<meta property="article:published_time" content="2025-03-06T09:42:00-05:00">',
    '<link rel="canonical" href="https://ledger.example/lead-pipes">',
    '</head><body>',
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>',
    '<article>',
    '<h1>Council approves lead pipe plan</h1>',
    '<p>The city council voted 7&ndash;2 on Tuesday to replace 4,000 lead service lines',
    '   by 2030, a plan the mayor called &ldquo;overdue&rdquo;.</p>',
    '<figure><img src="a.jpg"><figcaption>Commuters wait at Union Station.</figcaption></figure>',
    '<h2>Who pays</h2>',
    '<p>The state will cover half of the cost, the council&#8217;s budget office said.</p>',
    '</article>',
    '<aside><p>Mayor unveils a budget with new spending on parks and pools</p></aside>',
    '<footer><p>Contact us | Privacy</p></footer>',
    '</body></html>',
  );

  it('reads the article with its meta data, each paragraph verbatim as rendered at the line of its element', async () => {
    const { corpus, warnings } = await load({ 'lead.html': page });
    expect(warnings).toEqual([]);
    expect(corpus.articles).toEqual([
      expect.objectContaining({ title: 'Council approves lead pipe plan', outlet: 'The Ledger', date: '2025-03-06T09:42:00-05:00', url: 'https://ledger.example/lead-pipes' }),
    ]);
    expect(corpus.passages.map((p) => [p.line, p.heading, p.text])).toEqual([
      [10, null, 'The city council voted 7–2 on Tuesday to replace 4,000 lead service lines by 2030, a plan the mayor called “overdue”.'],
      [14, 'Who pays', 'The state will cover half of the cost, the council’s budget office said.'],
    ]);
  });

  it('never indexes navigation, asides, footers or captions, and lists each in the audit', async () => {
    const { dropped } = await load({ 'lead.htm': page });
    const rules = Object.fromEntries((dropped.get('lead.htm') ?? []).map((d) => [d.text, d.rule]));
    expect(rules).toMatchObject({ News: 'html-navigation', 'Commuters wait at Union Station.': 'html-caption', 'Contact us | Privacy': 'html-footer' });
    expect(rules['Mayor unveils a budget with new spending on parks and pools']).toBe('html-aside');
  });
});
