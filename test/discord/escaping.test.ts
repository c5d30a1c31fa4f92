// Text we did not write (a question, a passage, a title) shows as typed on Discord: no masked link,
// no subtext, no italics after a custom emoji or a URL, no mention or emoji syntax.
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/adapters/discord/markdown.ts';
import { renderDiscord } from '../../src/adapters/discord/render.ts';
import { liveMarkup, shownText } from './limits-check.ts';

const HOSTILE = [
  '[x [Official report](https://evil.example)',
  'x [Official report](<https://evil.example>) and ] [ more',
  '-# tiny print',
  'first line\n-# tiny print on the second',
  '<:smile:123456789012345678>_italic_',
  '<a:dance:123456789012345678>_it_ after an animated emoji',
  'see https://example.org/page _italic after a URL_',
  'https://example.org/_under_score_ stays a link',
  '<t:1700000000:R> <#300000000000000001> <@&400000000000000001> </ask:600000000000000001>',
  '## heading\n> quote\n>>> long quote\n- bullet\n+ plus\n1. numbered',
  '||spoiler|| ~~strike~~ `code` **bold** __under__ *it* \\ back',
];

describe('escapeText', () => {
  it.each(HOSTILE)('leaves nothing live in %j, and reads back as typed', (text) => {
    const escaped = escapeText(text);
    expect(liveMarkup(escaped)).toEqual([]);
    expect(shownText(escaped)).toBe(text);
  });

  it('keeps a bare URL as written, so it still links to the same address', () => {
    expect(escapeText('read https://example.org/a_b_c now')).toBe('read https://example.org/a_b_c now');
  });
});

describe('the echoed question', () => {
  it('shows a masked link as text, never as a disguised link', () => {
    const question = '[x [Official report](https://evil.example)';
    const body = renderDiscord({ kind: 'results', title: `Results for "${question}"`, lines: [], items: [], notes: [] });
    expect(body.content).not.toMatch(/(?<!\\)\[[^\]\\]*(?<!\\)\]\(/);
    expect(shownText(body.content)).toBe(`Results for "${question}"`);
  });

  it('never opens a line with subtext', () => {
    const body = renderDiscord({ kind: 'info', title: 'Note', lines: ['-# small'], items: [], notes: ['-# smaller'] });
    const all = [body.content, ...body.embeds.map((e) => e.description ?? '')].join('\n');
    expect(all).not.toMatch(/^(?:> )?-# /m);
  });
});
