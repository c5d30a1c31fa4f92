// renderDiscord on long, hostile and empty replies: always within Discord's limits, clamped visibly,
// text we did not write escaped, mentions off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.ts';
import { parsePageFooter } from '../../src/adapters/discord/page-state.ts';
import { sourceKey } from '../../src/reply/codec.ts';
import type { Citation, Reply, ReplyItem, Span } from '../../src/reply/model.ts';
import { limitViolations, shownText } from './limits-check.ts';

const cite = (source: string, line: number, extra: Partial<Citation> = {}): Citation => ({
  source,
  line,
  title: 'Harbour authority approves new ferry terminal',
  heading: null,
  outlet: 'The Coast Gazette',
  url: 'https://example.org/news/ferry-terminal',
  date: '2025-03-04',
  ...extra,
});

const item = (excerpt: Span[], source = 'harbour.txt', line = 3): ReplyItem => ({ excerpt, citation: cite(source, line) });

const results = (items: ReplyItem[], extra: Partial<Reply> = {}): Reply => ({
  kind: 'results',
  title: 'Results for "ferry terminal"',
  lines: [],
  items,
  notes: [],
  ...extra,
});

const buttonIds = (r: Reply, view = {}) => renderDiscord(r, view).components.flatMap((row) => row.components.map((c) => c.custom_id));

describe('renderDiscord: an answer', () => {
  const body = renderDiscord(
    results([item([{ text: 'The harbour authority approved a new ' }, { text: 'ferry terminal', emphasis: true }, { text: ' on Tuesday.' }])]),
  );

  it('quotes the excerpt with the matched words in bold, the citation under it', () => {
    expect(body.embeds[0]!.description).toBe(
      '> The harbour authority approved a new **ferry terminal** on Tuesday.\n' +
        '— `harbour.txt:3` · [Harbour authority approves new ferry terminal](<https://example.org/news/ferry-terminal>) · The Coast Gazette · 2025-03-04',
    );
  });

  it('heads the message with the title and turns mentions off', () => {
    expect(body.content).toBe('**Results for "ferry terminal"**');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.flags).toBeUndefined();
  });

  it('offers a Context button for the cited passage', () => {
    expect(body.components[0]!.components[0]).toMatchObject({ label: 'Context · harbour.txt:3', custom_id: 'cx:harbour.txt:3' });
  });

  it('moves bold markers inside a matched run’s spaces, and joins neighbouring matches', () => {
    const d = renderDiscord(results([item([{ text: 'a' }, { text: ' ferry', emphasis: true }, { text: ' terminal ', emphasis: true }, { text: 'b' }])]));
    expect(d.embeds[0]!.description).toMatch(/^> a \*\*ferry terminal\*\* b\n/);
  });

  it('names the speaker, other places the quote appears, and words matched through another', () => {
    const quote: ReplyItem = {
      ...item([{ text: 'We will open on time.' }]),
      speaker: 'María López',
      also: Array.from({ length: 7 }, (_, i) => cite(`copy${i}.txt`, i + 1)),
      matched: [{ term: 'fear', via: 'afraid' }, { term: 'ferry' }],
    };
    const d = renderDiscord(results([quote])).embeds[0]!.description!;
    expect(d.split('\n')[0]).toBe('**María López**');
    expect(d).toContain('Also in `copy0.txt:1`, `copy1.txt:2`, `copy2.txt:3`, `copy3.txt:4`, `copy4.txt:5` and 2 more');
    expect(d).toContain('*Matched through: fear ← afraid*');
  });
});

describe('renderDiscord: hostile text', () => {
  const hostile = '@everyone look <@123> **now** [click](https://evil.example) `code` # Heading\n> fake quote ||spoiler|| _x_ ~~y~~ \\';
  const body = renderDiscord(
    results([{ ...item([{ text: hostile }]), citation: cite('evil_file.txt', 9, { title: '**Bold** [title]', outlet: '<@&456> _news_', url: 'javascript:alert(1)' }) }], {
      title: `Results for "${hostile}"`,
      notes: ['@here try *this*'],
    }),
  );

  it('shows the text as typed: escaped, never as formatting or a link', () => {
    const d = body.embeds[0]!.description!;
    const quote = d.split('\n— ')[0]!;
    expect(shownText(quote)).toBe(hostile);
    expect(d).not.toMatch(/(?<!\\)\[click\]\(/);
    expect(d).not.toContain('\n# ');
    expect(body.content).toContain('\\*\\*now\\*\\*');
  });

  it('links only http(s) addresses', () => {
    expect(body.embeds[0]!.description).toContain('\\*\\*Bold\\*\\* \\[title\\]');
    expect(body.embeds[0]!.description).not.toContain('javascript:');
  });

  it('turns mentions off, so @everyone, @here and <@123> ping no one', () => {
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(limitViolations(body)).toEqual([]);
  });

  it('keeps every excerpt within the limits and readable as typed, whatever it contains', () => {
    const chars = fc.constantFrom(...'ab *_~`|>#-[]()<@!&\\\n1.:'.split(''), 'é', '😀');
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ unit: chars, maxLength: 400 }), emphasis: fc.boolean() }), { maxLength: 6 }), (spans) => {
        const b = renderDiscord(results([item(spans)]));
        expect(limitViolations(b)).toEqual([]);
        const text = spans.map((s) => s.text).join('');
        if (text.trim() !== '') expect(shownText(b.embeds[0]!.description!.split('\n— `harbour.txt:3`')[0]!)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderDiscord: long replies', () => {
  const long = 'The harbour authority approved the terminal after a long review. '.repeat(80); // ~5000 characters
  const many = Array.from({ length: 10 }, (_, i) => item([{ text: long.slice(0, 2000) }, { text: 'terminal', emphasis: true }, { text: long }], `file${i}.txt`, i + 1));

  it('stays within every limit with ten 5000-character passages', () => {
    expect(limitViolations(renderDiscord(results(many)))).toEqual([]);
  });

  it('cuts a passage visibly, between words, with its citation kept', () => {
    const d = renderDiscord(results(many)).embeds[0]!.description!;
    expect(d).toMatch(/ review\.…\n— `file0\.txt:1`|\w…\n— `file0\.txt:1`/);
    expect(d).toMatch(/— `file0\.txt:1` · /);
  });

  it('keeps bold markers balanced when a cut lands in a matched run', () => {
    const d = renderDiscord(results([item([{ text: 'x '.repeat(10) }, { text: 'terminal '.repeat(1000), emphasis: true }])])).embeds[0]!.description!;
    expect(limitViolations(renderDiscord(results([item([{ text: 'terminal '.repeat(1000), emphasis: true }])])))).toEqual([]);
    expect((d.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(d).toContain('…');
  });

  it('says how many answers did not fit in ten embeds', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => item([{ text: `Passage ${i}` }], `f${i}.txt`, 1));
    const body = renderDiscord(results(twelve));
    expect(body.embeds).toHaveLength(10);
    expect(body.content).toContain('2 more not shown');
  });

  it('lists long lines (help, sources) up to the limit and says how many more', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Article number ${i} about the harbour (harbour_${i}.txt, 12 passages)`);
    const body = renderDiscord({ kind: 'info', title: '400 articles', lines, items: [], notes: [] });
    expect(limitViolations(body)).toEqual([]);
    expect(body.embeds[0]!.description).toMatch(/\n… and \d+ more$/);
  });

  it('keeps the headline and notes within 2000 characters, saying how many notes were left out', () => {
    const notes = Array.from({ length: 50 }, (_, i) => `Note ${i}: ${'try other words '.repeat(5)}`);
    const body = renderDiscord(results([], { title: 'T'.repeat(5000), notes }));
    expect(limitViolations(body)).toEqual([]);
    expect(body.content).toMatch(/^\*\*T+…\*\*\n/);
    expect(body.content).toMatch(/… and \d+ more notes$/);
  });
});

describe('renderDiscord: empty and private replies', () => {
  it('renders a reply with nothing but a title', () => {
    expect(renderDiscord({ kind: 'info', title: 'No articles are loaded.', lines: [], items: [], notes: [] })).toEqual({
      content: '**No articles are loaded.**',
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
    });
  });

  it('renders an empty passage visibly', () => {
    expect(renderDiscord(results([item([])])).embeds[0]!.description).toMatch(/^> \*\(empty passage\)\*/);
  });

  it('marks a private reply ephemeral and offers Share, except on errors', () => {
    const body = renderDiscord(results([item([{ text: 'x' }])]), { ephemeral: true });
    expect(body.flags).toBe(64);
    expect(buttonIds(results([item([{ text: 'x' }])]), { ephemeral: true })).toContain('share');
    expect(buttonIds({ kind: 'error', title: 'Oops', lines: [], items: [], notes: [] }, { ephemeral: true })).toEqual([]);
  });
});

describe('renderDiscord: pages and buttons', () => {
  const paged = (index: number, count: number) =>
    results([item([{ text: 'x' }])], { page: { command: 'ask', args: { question: 'who said "no" · twice?', limit: 5 }, index, count } });

  it('writes the paging state in the footer, readable back from the message', () => {
    const footer = renderDiscord(paged(1, 4)).embeds.at(-1)!.footer!.text;
    expect(footer).toBe('Page 2 of 4 · /ask question:"who said \\"no\\" · twice?" limit:5');
    expect(parsePageFooter(footer)).toEqual({ command: 'ask', args: { question: 'who said "no" · twice?', limit: 5 }, index: 1, count: 4 });
  });

  it('disables ◀ on the first page and ▶ on the last', () => {
    const [prev, next] = renderDiscord(paged(0, 2)).components[0]!.components;
    expect(prev).toMatchObject({ label: '◀', custom_id: 'pg:-1', disabled: true });
    expect(next).toMatchObject({ label: '▶', custom_id: 'pg:1', disabled: false });
    expect(renderDiscord(paged(1, 2)).components[0]!.components[1]).toMatchObject({ custom_id: 'pg:2', disabled: true });
  });

  it('shows no paging buttons for a single page', () => {
    expect(buttonIds(paged(0, 1)).filter((id) => id.startsWith('pg:'))).toEqual([]);
  });

  it('names the file by its key in a Context button when the citation is too long for a custom id', () => {
    const longName = `${'very-long-file-name-'.repeat(6)}.txt`;
    expect(buttonIds(results([item([{ text: 'x' }]), item([{ text: 'y' }], longName, 7)]))).toEqual(['cx:harbour.txt:3', `cx~${sourceKey(longName)}:7`]);
  });

  it('gives the same passage cited twice one Context button', () => {
    expect(buttonIds(results([item([{ text: 'x' }]), item([{ text: 'x' }])]))).toEqual(['cx:harbour.txt:3']);
  });
});
