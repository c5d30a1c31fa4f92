// The Block Kit renderer on long, hostile and empty replies: always within Slack's limits, never silent about
// what it left out, and never letting text we did not write mention or link anyone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButtonState } from '../../src/adapters/slack/action-value.ts';
import { renderSlack, type SlackMessage } from '../../src/adapters/slack/render.ts';
import type { Citation, Reply, ReplyItem, Span } from '../../src/reply/model.ts';
import { limitBreaches, slackMarkup } from './limits-check.ts';

const citation = (over: Partial<Citation> = {}): Citation => ({
  source: 'harbour.txt', line: 3, title: 'Harbour authority approves new ferry terminal', heading: null, outlet: null, url: null, date: null, ...over,
});

const item = (excerpt: Span[], over: Partial<ReplyItem> = {}): ReplyItem => ({ excerpt, citation: citation(), ...over });

const results = (items: ReplyItem[], over: Partial<Reply> = {}): Reply => ({
  kind: 'results', title: 'Results for "ferry"', lines: [], items, notes: [], ...over,
});

interface Texts {
  sections: string[];
  contexts: string[];
}

function texts(message: SlackMessage): Texts {
  const blocks = message.blocks as unknown as Array<{ type: string; text?: { text: string }; elements?: Array<{ text?: string | { text: string } }> }>;
  return {
    sections: blocks.filter((b) => b.type === 'section').map((b) => b.text!.text),
    contexts: blocks.filter((b) => b.type === 'context').flatMap((b) => b.elements!.map((e) => String(e.text))),
  };
}

const buttonsOf = (message: SlackMessage) =>
  (message.blocks as unknown as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('renderSlack: ordinary replies', () => {
  it('quotes each excerpt with matched words bold and cites file:line, title, outlet and link', () => {
    const reply = results([
      item([{ text: 'The harbour authority approved a new ' }, { text: 'ferry', emphasis: true }, { text: ' terminal.' }], {
        citation: citation({ outlet: 'Coast Courier', url: 'https://courier.example/ferry', heading: 'Approval' }),
        matched: [{ term: 'boat', via: 'ferry' }],
      }),
    ]);
    const message = renderSlack(reply);
    expect(limitBreaches(message)).toEqual([]);
    const { sections, contexts } = texts(message);
    expect(sections[0]).toBe('*Results for "ferry"*');
    expect(sections[1]).toBe('> The harbour authority approved a new *ferry* terminal.');
    expect(contexts).toEqual([
      'harbour.txt:3',
      'Harbour authority approves new ferry terminal — Approval',
      'Coast Courier',
      '<https://courier.example/ferry|Open article>',
      'matched through: boat ← ferry',
    ]);
    expect(message.text).toContain('harbour.txt:3');
  });

  it('bolds only where Slack shows bold: not inside a word, markers kept off surrounding spaces', () => {
    const message = renderSlack(results([
      item([{ text: 'ferr' }, { text: 'y', emphasis: true }, { text: ' and' }, { text: ' the pier ', emphasis: true }, { text: 'closed' }]),
    ]));
    expect(texts(message).sections[1]).toBe('> ferry and *the pier* closed');
  });

  it('quotes every line of a multi-line excerpt', () => {
    const message = renderSlack(results([item([{ text: 'First line\nsecond ' }, { text: 'line', emphasis: true }])]));
    expect(texts(message).sections[1]).toBe('> First line\n> second *line*');
  });

  it('offers paging buttons for the asker and Share only on a private reply', () => {
    const page = { command: 'ask', args: { question: 'ferry' }, index: 1, count: 3 };
    const shared = renderSlack(results([item([{ text: 'x' }])], { page }), { owner: 'U1', private: true });
    const ids = buttonsOf(shared).map((b) => b.action_id);
    expect(ids).toEqual(['page_previous', 'page_next', 'share']);
    const [previous, next, share] = buttonsOf(shared).map((b) => decodeButtonState(b.value));
    expect(previous).toEqual({ by: 'U1', run: { command: 'ask', args: { question: 'ferry', page: 1 } } });
    expect(next?.run).toEqual({ command: 'ask', args: { question: 'ferry', page: 3 } });
    expect(share?.run).toEqual({ command: 'ask', args: { question: 'ferry', page: 2 } });
    expect(texts(shared).contexts).toContain('Page 2 of 3');

    const inChannel = renderSlack(results([item([{ text: 'x' }])]), { owner: 'U1', rerun: { line: '/ask x' } });
    expect(buttonsOf(inChannel)).toEqual([]);
    const error = renderSlack({ kind: 'error', title: 'No.', lines: [], items: [], notes: [] }, { private: true, rerun: { line: '/ask' } });
    expect(buttonsOf(error)).toEqual([]);
    expect(texts(error).sections[0]).toBe(':warning: *No.*');
  });
});

describe('renderSlack: hostile text', () => {
  const hostile = '<!channel> <!here|here> <@U123> <#C42|general> <https://evil.example|click me> & friends';

  it('escapes &, < and > everywhere and marks every mrkdwn object verbatim', () => {
    const reply: Reply = {
      kind: 'results',
      title: `Results for "${hostile}"`,
      lines: [hostile],
      items: [item([{ text: hostile }, { text: ' <@U9>', emphasis: true }], {
        speaker: '<@U999>',
        citation: citation({ source: '<!everyone>.txt', title: hostile, outlet: '<!here>', url: 'javascript:alert(1)<x>' }),
        also: [citation({ source: '<@U1>.txt', title: '<!channel>' })],
        matched: [{ term: '<@U2>', via: '<!here>' }],
      })],
      notes: [hostile],
    };
    const message = renderSlack(reply);
    expect(limitBreaches(message)).toEqual([]);
    expect(slackMarkup(message)).toEqual([]);
    expect(message.text).not.toMatch(/[<>]/);
    expect(texts(message).sections[2]).toContain('&lt;!channel&gt; &lt;!here|here&gt; &lt;@U123&gt;');
    expect(texts(message).sections[2]).toContain('&amp; friends');
  });

  it('measures the title after escaping (1,000 "<" are 4,000 characters) and escapes a speaker once', () => {
    const message = renderSlack(results([item([{ text: 'x' }], { speaker: 'Smith & <Jones>' })], { title: '<'.repeat(1000) }));
    expect(limitBreaches(message)).toEqual([]);
    expect(texts(message).sections[0]).toMatch(/^(?:&lt;)+…$/);
    expect(texts(message).sections[1]).toContain('*Smith &amp; &lt;Jones&gt;*:');
  });

  it('links only plain http(s) URLs, with characters that would end the link percent-encoded', () => {
    const url = 'https://news.example/a?b=1&c=<x>|y';
    const message = renderSlack(results([item([{ text: 'x' }], { citation: citation({ url }) })]));
    expect(slackMarkup(message)).toEqual(['<https://news.example/a?b=1&amp;c=%3Cx%3E%7Cy|Open article>']);
  });

  it('keeps any string inside the limits and free of Slack markup', () => {
    const span = fc.record({ text: fc.string({ unit: 'binary', maxLength: 400 }), emphasis: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 12 }), { maxLength: 12 }), fc.string(), fc.array(fc.string(), { maxLength: 5 }), (excerpts, title, notes) => {
        const message = renderSlack(results(excerpts.map((e) => item(e, { speaker: title })), { title, notes, lines: notes }));
        expect(limitBreaches(message)).toEqual([]);
        expect(slackMarkup(message)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('renderSlack: long replies', () => {
  it('cuts an overlong excerpt with "…" and never splits an escaped character', () => {
    const message = renderSlack(results([item([{ text: '&'.repeat(2000) }, { text: 'ferry', emphasis: true }])]));
    const quote = texts(message).sections[1]!;
    expect(limitBreaches(message)).toEqual([]);
    expect(quote.endsWith('&amp;…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(3000);
  });

  it('says how many passages, lines and citations it could not fit', () => {
    const long = 'word '.repeat(1200);
    const reply = results(
      Array.from({ length: 40 }, (_, i) => item([{ text: long, emphasis: i % 2 === 0 }], {
        also: Array.from({ length: 15 }, (_, k) => citation({ source: `other-${k}.txt` })),
      })),
      { lines: Array.from({ length: 600 }, (_, i) => `${i}: ${'x'.repeat(95)}`), notes: [long, long] },
    );
    const message = renderSlack(reply);
    expect(limitBreaches(message)).toEqual([]);
    const { sections, contexts } = texts(message);
    const shownItems = sections.filter((s) => s.startsWith('> ')).length;
    const hidden = Number(/(\d+) more passages not shown/.exec(contexts.join('\n'))?.[1]);
    expect(shownItems + hidden).toBe(40);
    expect(contexts.join('\n')).toMatch(/\d+ more lines not shown/);
    expect(contexts).toContain('also in 8 more places');
    expect(sections.some((s) => s.endsWith('…'))).toBe(true);
  });

  it('leaves out a paging button whose state is too long for Slack, and says so', () => {
    const page = { command: 'ask', args: { question: 'q'.repeat(2500) }, index: 0, count: 2 };
    const message = renderSlack(results([item([{ text: 'x' }])], { page }), { owner: 'U1' });
    expect(limitBreaches(message)).toEqual([]);
    expect(buttonsOf(message)).toEqual([]);
    expect(texts(message).contexts.join('\n')).toContain('button is left out');
  });
});

describe('renderSlack: empty replies', () => {
  it('still sends valid blocks for an empty title, no items and an empty excerpt', () => {
    const empty = renderSlack({ kind: 'info', title: '', lines: ['', ''], items: [], notes: [''] });
    expect(limitBreaches(empty)).toEqual([]);
    expect(empty.blocks.length).toBe(1);
    const blankItem = renderSlack(results([item([])]));
    expect(limitBreaches(blankItem)).toEqual([]);
    expect(texts(blankItem).sections[1]).toBe('> (empty passage)');
  });
});
