import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { isBoilerplate } from '../../src/corpus/boilerplate.ts';
import { stripCredit } from '../../src/corpus/credits.ts';
import { stripTrailingPrompts } from '../../src/corpus/prompts.ts';
import { articleDir } from './helpers.ts';

const body = [
  'Lakeside Council Backs Ferry Subsidy',
  'By Maria Olsen',
  'Home > News > Local',
  'The Lakeside council voted 7-2 on Tuesday to subsidise the island ferry for another five years.',
  'Photo: Tom Berg/Lakeside Ledger',
  'Ferry operator Nordvik Lines had warned it would end the route in June without public money. (Photo courtesy of Nordvik Lines)',
  'Islanders packed the meeting, and several said the ferry was their only link to doctors and schools.',
  'The council also sent its quarterly newsletter to residents, promising a decision on fares by autumn.',
  'Councillor Ana Reyes, who voted against, said the subsidy should be tied to a cleaner fleet.',
  'Subscribers to the ferry pass will pay the same price next year, the operator said.',
  'The subsidy will cost about 4 million a year, to be paid from the harbour fund.',
  'Should the ferry get public money? Tell us what you think in the comments below.',
  'Share this article',
  'Read more: Harbour fund hits record high',
  'Related Stories',
  'Mayor opens the new library wing with a reading marathon for local children and…',
  'Why the old ferry terminal is finally getting a makeover after thirty years of…',
  '🔥 You Won’t Believe What This Islander Found On The Beach!',
  'Leave a comment',
  'You must be logged in to post a comment.',
  'Get the latest Lakeside news delivered to your inbox every morning.',
  'The Lakeside Ledger is an independent, reader-supported newsroom serving the lake district since 1921.',
  'Privacy Policy | Terms | Advertise',
  '© 2024 Lakeside Ledger Media Group. All rights reserved.',
];

describe('boilerplate removal on a made-up site', () => {
  it('keeps the article paragraphs and nothing of the site around them', async () => {
    const { corpus } = await loadCorpus(await articleDir({ 'ferry.txt': body.join('\n') }));
    expect(corpus.articles[0]!.title).toBe('Lakeside Council Backs Ferry Subsidy');
    expect(corpus.passages.map((p) => [p.line, p.text])).toEqual([
      [4, 'The Lakeside council voted 7-2 on Tuesday to subsidise the island ferry for another five years.'],
      [6, 'Ferry operator Nordvik Lines had warned it would end the route in June without public money.'],
      [7, 'Islanders packed the meeting, and several said the ferry was their only link to doctors and schools.'],
      [8, 'The council also sent its quarterly newsletter to residents, promising a decision on fares by autumn.'],
      [9, 'Councillor Ana Reyes, who voted against, said the subsidy should be tied to a cleaner fleet.'],
      [10, 'Subscribers to the ferry pass will pay the same price next year, the operator said.'],
      [11, 'The subsidy will cost about 4 million a year, to be paid from the harbour fund.'],
    ]);
  });

  it('drops lines shared word for word by several files of one site', async () => {
    const footer = 'Lakeside Ledger: the voice of the lake district';
    const article = (topic: string): string =>
      [`The ${topic} plan was approved by the council on Tuesday after a short debate.`, footer].join('\n');
    const { corpus } = await loadCorpus(await articleDir({ 'a.txt': article('harbour'), 'b.txt': article('school') }));
    expect(corpus.passages.map((p) => p.text)).not.toContain(footer);
    expect(corpus.passages).toHaveLength(2);
  });

  it('keeps a quotation that two articles share once, cited in both', async () => {
    const quote = '“We will not close the ferry,” the mayor said.';
    const { corpus } = await loadCorpus(
      await articleDir({
        'a.txt': `The council met on Tuesday to discuss the harbour budget for next year.\n${quote}`,
        'b.txt': `Islanders gathered on the pier on Wednesday to protest the fare rise.\n${quote}`,
      }),
    );
    expect(corpus.passages.filter((p) => p.text === quote)).toEqual([
      expect.objectContaining({ source: 'a.txt', line: 2, also: [{ source: 'b.txt', line: 2 }] }),
    ]);
  });

  it('cuts the page after the article even when the tail has prose-like lines', async () => {
    const text = [
      'The hospital opened a new emergency wing on Monday after three years of building work.',
      'Doctors said waiting times should fall by a third once all the beds are in use.',
      'The wing cost 80 million and was paid for by the regional health board.',
      'Contact | About | Home',
      'Notable readers include teachers, doctors and city officials across the region.',
      'Our reporters have covered the valley for decades and keep doing so every day.',
    ].join('\n');
    const { corpus } = await loadCorpus(await articleDir({ 'h.txt': text }));
    expect(corpus.passages.map((p) => p.line)).toEqual([1, 2, 3]);
  });

  it('ends a wire story at its reporting credit, dropping the bio and links after it', async () => {
    const text = [
      'Port Workers Strike',
      'By Ana Lima',
      'LISBON, May 2 (Wire) - Port workers walked out on Thursday over pay, halting cargo at the country’s largest port.',
      'The union said the strike would last 48 hours unless talks resumed.',
      'Reporting by Ana Lima; Editing by Joe Bloggs',
      'Ana Lima covers labour and transport from Lisbon for the agency.',
      'Licensing rights, opens new tab',
    ].join('\n');
    const { corpus } = await loadCorpus(await articleDir({ 'w.txt': text }));
    expect(corpus.passages.map((p) => p.line)).toEqual([3, 4]);
    expect(corpus.passages.every((p) => p.heading === null)).toBe(true);
  });

  it('does not cut an article at a mid-article "Read more" link', async () => {
    const paras = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} of the report describes the flood damage in the valley in detail.`);
    const text = [...paras.slice(0, 6), 'Read more: Valley flood defences under review', ...paras.slice(6)].join('\n');
    const { corpus } = await loadCorpus(await articleDir({ 'f.txt': text }));
    expect(corpus.passages).toHaveLength(10);
  });
});

describe('isBoilerplate', () => {
  it.each([
    'Sign up for our morning newsletter',
    'Subscribe now to get unlimited access.',
    'Thank you for subscribing to the newsletter.',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Share your thoughts in the comments.',
    'Also read: Storm damages harbour wall',
    'Related Articles',
    'More from The Daily Planet',
    'You may also like',
    'Contact | About | Home',
    'Home › World › Europe',
    '© 2023 Example Media Ltd.',
    'Copyright 2021 Northwind News. All Rights Reserved.',
    'Photo: Jane Smith/Getty Images',
    '(Image Credits: Unsplash)',
    'Oops. Something went wrong. Please try again later.',
    'End of content',
    'No more pages to load',
    'Load more',
    'Advertisement',
    'The harbourâ€™s new wall was finished in May.',
    'CafÃ© owners protest the new rules.',
    'A line with a broken \uFFFD character.',
    '😱 Shocking Secret Revealed About Famous Chef!',
    'We are an official partner of the Example News Network.',
    'Tags: politics, harbour, ferry',
    'By Maria Olsen and Tom Berg',
    'Reporting by Ana Lima; Editing by Joe Bloggs',
    'Associated Press writer Jo King contributed to this report.',
    '2 hours ago',
    'Tuesday, March 3, 2024 at 10:15 am',
    '2024-03-03T10:15:00Z',
    'Explore more on these topics',
    '3 thoughts on “Ferry subsidy approved”',
    'Published March 3, 2026, 6:14 p.m.',
    'Published June 10, 2026 · Updated 11:42 a.m.',
    'Updated: Jan. 5, 2026 9:02 AM EST',
    'Media caption, Siobhan O’Brien: ‘Our members are exhausted’',
    'Advertisement — scroll to continue',
    'Save',
    'FOR IMMEDIATE RELEASE',
    '— ENDS —',
  ])('flags %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'The company announced the layoffs in a newsletter to staff on Friday.',
    'Related charges were filed against two other men, prosecutors said.',
    'Readers who subscribe to the paper’s print edition will see the change next week.',
    'The Supreme Court said the copyright claim had no merit.',
    'She was photographed leaving the courthouse on Tuesday.',
    'Sign-ups for the program rose by 20 percent, the agency said.',
    'Home prices rose 4 percent in the year to March, the bank said.',
    '“Subscribe to nothing you do not understand,” the regulator warned investors.',
    'More than 200 people attended the meeting.',
    'Rodríguez said the talks in São Paulo would resume in June.',
    'By February, the council had approved three new ferry routes to the islands.',
    'Two hours ago, the ferry left the harbour with 300 passengers on board.',
    'Published in 2019, the report found that wages had fallen.',
    'Updated figures show 40 percent of the wells are dry.',
    'March 3, 2026 was the day the strike began.',
  ])('keeps %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe('trailing prompts and credits', () => {
  it('keeps the verbatim prefix of a paragraph that ends with an engagement prompt', () => {
    expect(
      stripTrailingPrompts('The vote is next week. It could go either way. What do you think – should it pass? Share your thoughts in the comments!'),
    ).toBe('The vote is next week. It could go either way.');
  });

  it('leaves a paragraph alone when no prompt ends it', () => {
    const text = 'Do you think the plan will work, the reporter asked. The minister did not answer.';
    expect(stripTrailingPrompts(text)).toBe(text);
  });

  it('drops a trailing photo credit and keeps the caption text', () => {
    expect(stripCredit('Workers repair the bridge on Monday. (AP Photo/John Doe)')).toBe('Workers repair the bridge on Monday.');
    expect(stripCredit('Floodwater covers the road (Image Credits: Pexels)')).toBe('Floodwater covers the road');
    expect(stripCredit('The minister speaks in Paris. Photo: Anne Roe/AFP via Getty Images')).toBe('The minister speaks in Paris.');
  });

  it('drops a Markdown pull quote that repeats the article’s words, and keeps a block quote that does not', async () => {
    const md = [
      '---', 'title: Rates rise', '---',
      '“Inflation that settles in is very expensive to remove,” the governor said on Thursday.',
      '> “Inflation that settles in is very expensive to remove.”',
      '> The central bank has raised rates nine times since 2022.',
    ].join('\n');
    const { corpus } = await loadCorpus(await articleDir({ 'rates.md': md }));
    expect(corpus.passages.map((p) => p.line)).toEqual([4, 6]);
  });

  it('keeps the rest of an article after a "Show more" button in the middle of it', async () => {
    const body = Array.from({ length: 10 }, (_, k) => `Paragraph ${k + 1} of the council report says the budget gap is ${k + 2} million pounds this year.`);
    body.splice(4, 0, 'Show more');
    const { corpus } = await loadCorpus(await articleDir({ 'council.txt': ['Council budget gap widens', ...body].join('\n') }));
    // The ten paragraphs, and the headline in sentence case (kept as a passage as well as the title).
    expect(corpus.passages.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
  });

  it('ends a press release at its end marker, dropping the About and Contact blocks after it', async () => {
    const text = ['FOR IMMEDIATE RELEASE', '', 'Brightwater to open Leeds data centre', '', 'Brightwater Analytics said on Tuesday it would open a data centre in Leeds, creating 240 jobs.', '', '“It came down to the grid connection,” said Delphine Okoro, chief executive.', '', 'The project is subject to planning approval.', '', '— ENDS —', '', 'About Brightwater Analytics', '', 'Brightwater Analytics builds forecasting software for retailers and logistics firms.', '', 'Contact:', 'Press Office, Brightwater Analytics', '+44 114 496 0123'];
    const { corpus } = await loadCorpus(await articleDir({ 'release.txt': text.join('\n') }));
    expect(corpus.articles[0]!.title).toBe('Brightwater to open Leeds data centre');
    expect(corpus.passages.map((p) => p.line)).toEqual([5, 7, 9]);
  });

  it('drops a byline written without `By` (name, then job) before the article starts', async () => {
    const text = ['Cabin crew to strike over Christmas', 'Priya Raman', 'Transport correspondent', 'Thousands of cabin crew will walk out for five days over Christmas in a dispute over pay, their union said.', 'The Transport correspondent for the union newsletter said members were angry.'];
    const { corpus } = await loadCorpus(await articleDir({ 'strike.txt': text.join('\n') }));
    expect(corpus.passages.map((p) => [p.line, p.heading])).toEqual([[4, null], [5, null]]);
  });

  it('makes each row of a Markdown table a passage under its header, and keeps a sentence that leads into a list', async () => {
    const md = ['---', 'title: Landslide', '---', 'The main figures are set out below.', '', '| Measure | Figure |', '|---|---|', '| Volume of debris | about 300,000 m³ |', '| Track buried | 400 metres |', '', 'Key numbers from the paper:', '', '- 312 cases in the vaccine group'];
    const { corpus } = await loadCorpus(await articleDir({ 'slide.md': md.join('\n') }));
    expect(corpus.passages.map((p) => [p.line, p.heading, p.text])).toEqual([
      [4, null, 'The main figures are set out below.'],
      [8, 'Measure · Figure', '| Volume of debris | about 300,000 m³ |'],
      [9, 'Measure · Figure', '| Track buried | 400 metres |'],
      [11, null, 'Key numbers from the paper:'],
      [13, null, '312 cases in the vaccine group'],
    ]);
  });

  it('drops a Markdown caption line (emphasis around a credited line) but keeps emphasised prose', async () => {
    const md = [
      '---', 'title: Leader suspended', '---',
      'The race leader was suspended on Friday after a positive test, the organisers said.',
      "*The leader in the gold jersey during the time trial. (Photo: Agence Sportive)*",
      '*The team said it would appeal the decision within the week.*',
    ].join('\n');
    const { corpus } = await loadCorpus(await articleDir({ 'race.md': md }));
    expect(corpus.passages.map((p) => p.line)).toEqual([4, 6]);
  });
});
