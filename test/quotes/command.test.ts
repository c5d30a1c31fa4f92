import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import type { Core } from '../../src/core/core.ts';
import { commandOptions } from '../../src/core/options.ts';
import { CommandRouter } from '../../src/core/router.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { createQuoteBook } from '../../src/quotes/book.ts';
import { excerptText, type Reply } from '../../src/reply/model.ts';
import { corpusOf } from './corpus.ts';

const SEVEN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'].map((n) => `"Reason number ${n} is the river," said county engineer Dana Whitfield.`);

function coreOf(corpus: Corpus): Core {
  const articles = new Map(corpus.articles.map((a) => [a.source, a]));
  return {
    corpus,
    search: { search: () => Promise.resolve([]), suggest: () => Promise.resolve([]) },
    quotes: createQuoteBook(corpus),
    articleOf: (source) => articles.get(source),
  };
}

const core = coreOf(
  corpusOf({
    'mexico.txt': [
      'Mexico’s President Claudia Sheinbaum drew a hard line on sovereignty.',
      'She told supporters that “sovereignty is not for sale.”',
      '"We cooperate, we collaborate," Sheinbaum said of the talks.',
    ],
    'mexico-2.txt': ['President Claudia Sheinbaum repeated: “Sovereignty is not for sale.”'],
    'bridge.txt': SEVEN,
  }),
);
const router = new CommandRouter(allCommands());
const line = async (text: string): Promise<Reply> => (await router.runLine(text, { core })).reply;
const texts = (reply: Reply) => reply.items.map((i) => excerptText(i.excerpt));

describe('/quote', () => {
  it('lists the speaker’s quotes, most widely reported first, each cited with its other places', async () => {
    const reply = await line('/quote sheinbaum');
    expect(reply.kind).toBe('results');
    expect(reply.title).toBe('Quotes by Claudia Sheinbaum');
    expect(texts(reply)).toEqual(['sovereignty is not for sale.', 'We cooperate, we collaborate']);
    const [first] = reply.items;
    expect(first!.speaker).toBe('Claudia Sheinbaum');
    expect(first!.citation).toMatchObject({ source: 'mexico.txt', line: 3 });
    expect(first!.also?.map((c) => `${c.source}:${c.line}`)).toEqual(['mexico-2.txt:1']);
  });

  it('takes the longest opening words that name a speaker, and the rest as the topic', async () => {
    const reply = await line('/quote claudia sheinbaum collaborate');
    expect(reply.title).toBe('Quotes by Claudia Sheinbaum about "collaborate"');
    expect(texts(reply)).toEqual(['We cooperate, we collaborate']);
    expect(reply.items[0]!.excerpt.filter((s) => s.emphasis).map((s) => s.text)).toEqual(['collaborate']);
    expect(texts(await line('/quote sheinbaum about:collaborate'))).toEqual(['We cooperate, we collaborate']);
  });

  it('puts the quotes that use the topic’s words before those whose paragraph alone does, each kept in order', async () => {
    const floods = coreOf(
      corpusOf({
        'floods.txt': [
          '"The bridge will close in May," said county engineer Dana Whitfield, standing by the river.',
          '"The road will close in June," said Whitfield at the river bank.',
          '"The river is rising fast," Whitfield said.',
          '"The river will flood the lower town," Whitfield said.',
          '"The school stays open," Whitfield said.',
        ],
      }),
    );
    const reply = (await router.runLine('/quote whitfield about:river', { core: floods })).reply;
    expect(texts(reply)).toEqual(['The river is rising fast', 'The river will flood the lower town', 'The bridge will close in May', 'The road will close in June']);
  });

  it('says when a speaker has no quotes on the topic', async () => {
    const reply = await line('/quote sheinbaum about:tariffs');
    expect(reply.title).toBe('No quotes by Claudia Sheinbaum about "tariffs".');
    expect(reply.items).toEqual([]);
  });

  it('says an unknown speaker is not quoted and suggests the closest names', async () => {
    const reply = await line('/quote sheinbam');
    expect(reply.title).toBe('No one called "sheinbam" is quoted in the coverage.');
    expect(reply.notes[0]).toBe('Closest names: Claudia Sheinbaum.');
  });

  it('with no speaker lists everyone quoted with their counts, as /speakers does', async () => {
    for (const reply of [await line('/quote'), await line('/speakers')]) {
      expect(reply.title).toBe('2 speakers are quoted in the coverage');
      expect(reply.lines).toEqual(['Dana Whitfield: 7 quotes (also: Whitfield)', 'Claudia Sheinbaum: 2 quotes (also: Sheinbaum)']);
    }
  });

  it('pages long answers five at a time, and the page state runs the next page', async () => {
    const first = await line('/quote whitfield');
    expect(first.items).toHaveLength(5);
    expect(first.page).toEqual({ command: 'quote', args: { speaker: 'Dana Whitfield' }, index: 0, count: 2 });
    const second = await router.run(first.page!.command, { ...first.page!.args, page: 2 }, { core });
    expect(texts(second)).toEqual(['Reason number six is the river', 'Reason number seven is the river']);
    expect(second.page?.index).toBe(1);
    expect(texts(await line('/quote whitfield page:2'))).toEqual(texts(second));
  });

  it('with a store to fetch from, fetches the articles of the page shown, after the filter, before answering', async () => {
    const corpus = corpusOf(Object.fromEntries(SEVEN.map((text, i) => [`r${i + 1}.txt`, [text]])));
    for (const a of corpus.articles) a.outlet = a.source === 'r3.txt' ? 'Herald' : 'Courier';
    const fetched: string[][] = [];
    const store: Core = { ...coreOf(corpus), fetchArticles: (sources) => Promise.resolve(void fetched.push([...sources])) };
    const reply = (await router.runLine('/quote whitfield outlet:courier page:2', { core: store })).reply;
    expect(texts(reply)).toEqual(['Reason number seven is the river']);
    expect(reply.lines).toEqual(['6 quotes, most widely reported first.']);
    expect(fetched).toEqual([['r7.txt']]);
  });

  it('offers the speaker option to autocomplete from the speaker list', () => {
    const quote = router.get('quote')!;
    expect(commandOptions(quote).find((o) => o.name === 'speaker')).toMatchObject({ required: false, autocomplete: 'speakers' });
  });
});

describe('/quote on a name several speakers share', () => {
  const shared = coreOf(
    corpusOf({
      'debate.txt': [
        '"We will win," said Donald Trump.',
        '"We will win big," said Donald Trump.',
        '"He is ready," said Melania Trump.',
      ],
    }),
  );
  it('answers the most quoted and offers the others', async () => {
    const reply = (await router.runLine('/quote trump', { core: shared })).reply;
    expect(reply.title).toBe('Quotes by Donald Trump');
    expect(reply.notes).toContain('Also called "trump": Melania Trump.');
  });
});
