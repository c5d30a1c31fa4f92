// The small pieces the buttons and autocomplete rest on: custom ids, the paging footer, text clamps
// and speaker choices, each within Discord's limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discordChoices } from '../../src/adapters/discord/autocomplete-sources.ts';
import { speakerChoices } from '../../commands/speakers.ts';
import { clampLines, clampText } from '../../src/adapters/discord/clamp.ts';
import { contextButtonId, decodeButton, encodeButton } from '../../src/adapters/discord/custom-id.ts';
import { formatPageFooter, parsePageFooter } from '../../src/adapters/discord/page-state.ts';
import type { Core } from '../../src/core/core.ts';
import { sourceKey } from '../../src/reply/codec.ts';
import type { QuoteBook, Speaker } from '../../src/quotes/types.ts';

describe('button custom ids', () => {
  it('round-trips every action', () => {
    for (const action of [
      { kind: 'page', index: 3 },
      { kind: 'context', citation: '000_11d7932ed07271f1.txt:22' },
      { kind: 'context', citation: 'weird:name.txt:3' },
      { kind: 'context-of', key: 'AbCdEfGhIj-_1234', line: 40 },
      { kind: 'share' },
    ] as const) {
      expect(decodeButton(encodeButton(action))).toEqual(action);
    }
  });

  it('ignores ids it did not make', () => {
    expect(decodeButton('something-else')).toBeNull();
  });

  it('keeps a context id within 100 characters, naming a long file by its key', () => {
    expect(contextButtonId('a.txt', 1)).toBe('cx:a.txt:1');
    const long = `${'deep/'.repeat(24)}story.txt`;
    const id = contextButtonId(long, 9);
    expect(id).toMatch(/^cx~[\w-]{16}:9$/);
    expect(decodeButton(id)).toEqual({ kind: 'context-of', key: sourceKey(long), line: 9 });
  });
});

describe('paging footer', () => {
  const value = fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.boolean());
  const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/).filter((k) => k !== 'page' && k !== '__proto__');

  it('reads back exactly the state it wrote, whatever the arguments contain', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 4 }), fc.integer({ min: 1, max: 50 }), (args, count) => {
        const state = { command: 'quote', args, index: count - 1, count };
        expect(parsePageFooter(formatPageFooter(state))).toEqual(state);
      }),
    );
  });

  it('rejects footers that are not paging state', () => {
    expect(parsePageFooter('Page 3 of 2 · /ask')).toBeNull();
    expect(parsePageFooter('Page 1 of 2 · /ask question:"unterminated')).toBeNull();
    expect(parsePageFooter('Some other footer')).toBeNull();
  });
});

describe('clamping', () => {
  it('cuts between words with an ellipsis, never past the limit', () => {
    expect(clampText('the harbour authority approved', 20)).toBe('the harbour…');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (s, n) => void expect(clampText(s, n).length).toBeLessThanOrEqual(n)));
  });

  it('never splits an emoji', () => {
    expect(clampText('ab😀😀😀', 4)).toBe('ab…');
  });

  it('keeps whole lines and says how many were left out', () => {
    expect(clampLines(['one', 'two', 'three', 'four'], 15, (n) => `+${n}`)).toBe('one\ntwo\n+2');
    expect(clampLines(['one', 'two'], 15, (n) => `+${n}`)).toBe('one\ntwo');
  });
});

describe('speaker choices', () => {
  const book = (speakers: Speaker[]): Pick<Core, 'quotes'> => ({
    quotes: {
      speakers: () => speakers,
      findSpeaker: (name) => speakers.find((s) => s.name === name) ?? null,
      alsoNamed: () => [],
      longestName: () => 4,
      suggest: () => [],
      quotesBy: () => [],
    } satisfies QuoteBook,
  });
  const choices = (speakers: Speaker[], typed: string) => discordChoices(speakerChoices(typed, { core: book(speakers) as Core }));

  it('offers at most 25, each name within 100 characters with the quote count kept', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `${'Very Long Name '.repeat(8)}${i}`, aliases: [], quotes: 40 - i }));
    const out = choices(many, '');
    expect(out).toHaveLength(25);
    for (const c of out) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(out[0]!.name).toMatch(/… \(40 quotes\)$/);
  });

  it('puts names with a word starting with the typed text before names that merely contain it', () => {
    const out = choices(
      [
        { name: 'Carla Diaz', aliases: [], quotes: 9 },
        { name: 'Ben Arlo', aliases: [], quotes: 2 },
        { name: 'Pat Smith', aliases: [], quotes: 5 },
      ],
      'arl',
    );
    expect(out.map((c) => c.value)).toEqual(['Ben Arlo', 'Carla Diaz']);
  });

  it('finds a speaker by an alias', () => {
    expect(choices([{ name: 'Claudia Sheinbaum Pardo', aliases: ['Sheinbaum'], quotes: 3 }], 'sheinb')[0]!.value).toBe('Claudia Sheinbaum Pardo');
  });
});
