// Property test over hostile input through both platform renderers: text (questions, passages, titles,
// speakers, notes), file names (colons, long relative paths, markup) and URLs. Whatever they hold, no
// platform limit is broken, no one can be pinged, and nothing from them renders as markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.ts';
import { renderSlack } from '../../src/adapters/slack/render.ts';
import { decodeButton, decodeState, encodeState, sourceKey, type ButtonState } from '../../src/reply/codec.ts';
import type { Citation, Reply, ReplyItem } from '../../src/reply/model.ts';
import { limitViolations } from '../discord/limits-check.ts';
import { limitBreaches, slackMarkup } from '../slack/limits-check.ts';

/** Pieces that mean something to Discord or Slack, mixed with ordinary and astral text. */
const PIECES = [
  '@everyone', '@here', '<@123456789012345678>', '<@&4000>', '<#3000>', '<!channel>', '<!here|x>', '<@U123>',
  '[x](https://evil.example)', '[a [b](https://evil.example)', '-# ', '# ', '> ', '>>> ', '- ', '1. ', '||', '~~',
  '**', '__', '_', '*', '`', '```', '\\', '<:e:123456789012345678>', '<t:1700000000:R>', 'https://x.example/_a_',
  '&', '&lt;', '<', '>', '|', '\n', ' ', 'word', 'é', '😀', ':', '/', '..', '‮',
];
const hostile = (maxLength: number) => fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength }).map((p) => p.join(''));
const fileName = fc.oneof(
  hostile(6).map((s) => `${s || 'x'}.txt`),
  fc.constant('weird:name.txt'),
  fc.integer({ min: 100, max: 260 }).map((n) => `${'deep/'.repeat(Math.ceil(n / 5))}story.txt`.slice(-n)),
);

const citation: fc.Arbitrary<Citation> = fc.record({
  source: fileName,
  line: fc.integer({ min: 1, max: 100_000 }),
  title: hostile(12),
  heading: fc.option(hostile(6), { nil: null }),
  outlet: fc.option(hostile(4), { nil: null }),
  url: fc.option(fc.oneof(fc.constant('https://example.org/a_b?c=<d>|e'), hostile(4).map((s) => `https://x.example/${s}`), hostile(3)), { nil: null }),
  date: fc.option(fc.oneof(fc.constant('2025-03-04'), hostile(3)), { nil: null }),
});

const item: fc.Arbitrary<ReplyItem> = fc.record({
  excerpt: fc.array(fc.record({ text: hostile(30), emphasis: fc.boolean() }), { minLength: 1, maxLength: 5 }),
  citation,
  also: fc.array(citation, { maxLength: 3 }),
  speaker: fc.option(hostile(5), { nil: null }),
  matched: fc.array(fc.record({ term: hostile(2), via: hostile(2) }), { maxLength: 3 }),
  note: hostile(6),
});

const reply: fc.Arbitrary<Reply> = fc.record({
  kind: fc.constantFrom('results' as const, 'info' as const, 'error' as const),
  title: hostile(20),
  lines: fc.array(hostile(15), { maxLength: 4 }),
  items: fc.array(item, { maxLength: 6 }),
  notes: fc.array(hostile(15), { maxLength: 3 }),
  layout: fc.constantFrom('list' as const, 'columns' as const),
  page: fc.option(
    fc.record({
      command: fc.constantFrom('quote', 'ask'),
      args: fc.dictionary(fc.constantFrom('speaker', 'about', 'question'), hostile(10)),
      index: fc.constant(0),
      count: fc.integer({ min: 1, max: 60 }),
    }),
    { nil: undefined },
  ),
}).map((r) => (r.page === undefined ? { ...r, page: undefined } : r));

/** Discord markup a user's text could turn on: anything but our bold, quote, code, links to http(s) and escapes. */
function discordLive(markdown: string): string[] {
  const ours = markdown
    .replace(/(?<!\\)`[^`\n]*`/g, 'c') // our code spans (citations)
    .replace(/\\[^\n]/g, 'e') // escaped: shows as typed
    .replace(/\[((?:e|[^\]])*)\]\(<https?:\/\/[^\s>]+>\)/g, '$1') // our links to the article
    .replace(/\*\(empty passage\)\*/g, '')
    .replace(/\*\*/g, '')
    .replace(/^\*Matched through: /gm, '')
    .replace(/\*(?=\n|$)/g, '')
    .replace(/^> /gm, '')
    .replace(/^— /gm, '')
    .replace(/https?:\/\/[^\s<\\[\]*~|`]*[^<.,:;"')\]\s\\[*~|`]/g, 'u'); // bare URLs show as themselves
  const found = [...ours.matchAll(/[*_~|`[\]<]/g)].map((m) => `"${m[0]}" in …${ours.slice(Math.max(0, m.index - 20), m.index + 20)}…`);
  for (const m of ours.matchAll(/^[ \t]*(?:#|-|\+|>|\d+\.[ \t])/gm)) found.push(`line opening "${m[0]}"`);
  return found;
}

describe('both renderers, on hostile replies', () => {
  it('break no limit, ping no one and render nothing from the input as markup', () => {
    fc.assert(
      fc.property(reply, fc.boolean(), (r, isPrivate) => {
        const discord = renderDiscord(r, { ephemeral: isPrivate });
        expect(limitViolations(discord)).toEqual([]);
        expect(discord.allowed_mentions).toEqual({ parse: [] });
        for (const text of [discord.content, ...discord.embeds.map((e) => e.description ?? '')]) expect(discordLive(text)).toEqual([]);

        const slack = renderSlack(r, { owner: 'U1', private: isPrivate, rerun: { line: `/ask ${r.title}` } });
        expect(limitBreaches(slack)).toEqual([]);
        expect(slackMarkup(slack).filter((m) => !/^<https?:\/\/[^|<>\s]+\|Open article>$/.test(m))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

const state: fc.Arbitrary<ButtonState> = fc.record(
  {
    by: hostile(3),
    run: fc.oneof(
      fc.record({ command: fc.constantFrom('ask', 'quote', 'context'), args: fc.dictionary(fc.constantFrom('question', 'speaker', 'page'), fc.oneof(hostile(8), fc.integer(), fc.boolean())) }),
      fc.record({ line: hostile(20).map((l) => `/ask ${l}`) }),
    ),
    show: fc.constantFrom('replace' as const, 'private' as const, 'public' as const),
  },
  { requiredKeys: ['run'] },
);

describe('button states and Context buttons, on hostile input', () => {
  it('read back only what the bot signed: any edit to a state is refused', () => {
    fc.assert(
      fc.property(state, fc.nat(), fc.string({ minLength: 1, maxLength: 2 }), (s, at, swap) => {
        const text = encodeState(s, 2000);
        if (text === null) return;
        expect(decodeState(text)).toEqual(s);
        const i = at % text.length;
        const edited = text.slice(0, i) + swap + text.slice(i + swap.length);
        if (edited !== text) expect(decodeState(edited)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('point every Context button, on both platforms, at the passage it is under', () => {
    fc.assert(
      fc.property(fc.array(citation, { minLength: 1, maxLength: 5 }), (cites) => {
        const r: Reply = { kind: 'results', title: 'Results', lines: [], items: cites.map((c) => ({ excerpt: [{ text: 'x' }], citation: c })), notes: [] };
        const keys = new Map(cites.map((c) => [sourceKey(c.source), c.source]));
        const discord = renderDiscord(r).components.flatMap((row) => row.components.map((b) => decodeButton(b.custom_id)));
        const opened = discord.flatMap((a) => (a?.kind === 'context' ? [a.citation] : a?.kind === 'context-of' ? [`${keys.get(a.key)}:${a.line}`] : []));
        expect(new Set(opened)).toEqual(new Set(cites.map((c) => `${c.source}:${c.line}`)));
        const slack = renderSlack(r).blocks.flatMap((b) => ('accessory' in b && b.accessory?.type === 'button' ? [b.accessory.value ?? ''] : []));
        expect(slack).toEqual(cites.map((c) => `${c.source}:${c.line}`));
      }),
      { numRuns: 200 },
    );
  });
});
