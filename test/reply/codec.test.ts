// The reply codec: every button state reads back exactly, fits the platforms' carriers, and text the
// bot did not write is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButton, decodeState, encodeButton, encodeState, useButtonKey, type ButtonState } from '../../src/reply/codec.ts';
import { replyActions } from '../../src/reply/actions.ts';
import type { Reply } from '../../src/reply/model.ts';

const DISCORD_CUSTOM_ID = 100;
const SLACK_ACTION_VALUE = 2000;

describe('button state', () => {
  const value = fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.boolean());
  const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/).filter((k) => k !== '__proto__');
  const state = fc.record(
    {
      by: fc.string({ minLength: 1, maxLength: 20 }),
      run: fc.oneof(
        fc.record({ command: fc.stringMatching(/^[a-z]{1,12}$/), args: fc.dictionary(key, value, { maxKeys: 4 }) }),
        fc.record({ line: fc.string({ minLength: 1, maxLength: 200 }) }),
      ),
      show: fc.constantFrom('replace' as const, 'private' as const, 'public' as const),
    },
    { requiredKeys: ['run'] },
  );

  it('reads back exactly the state it wrote, or says it does not fit', () => {
    fc.assert(
      fc.property(state, (s: ButtonState) => {
        const text = encodeState(s, SLACK_ACTION_VALUE);
        if (text === null) return;
        expect(text.length).toBeLessThanOrEqual(SLACK_ACTION_VALUE);
        expect(decodeState(text)).toEqual(s);
        expect(decodeButton(encodeButton({ kind: 'state', state: s })!)).toEqual({ kind: 'state', state: s });
      }),
    );
  });

  it('fits a paged /quote with its asker into a Discord custom id', () => {
    const s: ButtonState = { by: '123456789012345678', run: { command: 'quote', args: { speaker: 'María López', page: 2 } }, show: 'replace' };
    const id = encodeButton({ kind: 'state', state: s }, DISCORD_CUSTOM_ID);
    expect(id).not.toBeNull();
    expect(id!.length).toBeLessThanOrEqual(DISCORD_CUSTOM_ID);
    expect(encodeButton({ kind: 'state', state: { run: { line: 'x'.repeat(120) } } }, DISCORD_CUSTOM_ID)).toBeNull();
  });

  it('refuses state it did not sign: unsigned (an older button), edited, or signed with another key', () => {
    const s: ButtonState = { by: 'U1', run: { command: 'quote', args: { speaker: 'López', page: 2 } } };
    const signed = encodeState(s, SLACK_ACTION_VALUE)!;
    expect(decodeState(signed)).toEqual(s);
    expect(decodeState('{"by":"U1","run":{"command":"ask","args":{"question":"ferry","page":2}}}')).toBeNull();
    expect(decodeState(signed.slice(12))).toBeNull();
    expect(decodeState(signed.replace('"page":2', '"page":99999'))).toBeNull();
    expect(decodeState(signed.replace('"b":"U1",', ''))).toBeNull();
    useButtonKey('another key, as after a rotation');
    expect(decodeState(signed)).toBeNull();
  });

  it('refuses text it did not write', () => {
    for (const text of ['', 'share-me', '{"c":1}', '{"c":"ask","a":{"q":{}}}', '{"x":"y","l":"/ask"}', 'st:{"l":""}']) {
      expect(decodeButton(text)).toBeNull();
    }
  });
});

describe('replyActions', () => {
  const reply: Reply = {
    kind: 'results',
    title: 'Results',
    lines: [],
    items: [{ excerpt: [{ text: 'x' }], citation: { source: 'a.txt', line: 3, title: 'A', heading: null, outlet: null, url: null, date: null } }],
    notes: [],
    page: { command: 'ask', args: { question: 'ferry' }, index: 0, count: 2 },
    actions: [{ id: 'more', label: 'More', run: { command: 'ask', args: { question: 'ferry', limit: 10 } }, show: 'private' }],
  };

  it('declares paging, Share, the command’s own buttons and Context once for every platform', () => {
    const actions = replyActions(reply, { owner: 'U1', private: true });
    expect(actions.map((a) => a.kind)).toEqual(['page', 'page', 'share', 'command', 'context']);
    expect(actions[1]).toMatchObject({ direction: 'next', index: 1, enabled: true, state: { by: 'U1', run: { command: 'ask', args: { question: 'ferry', page: 2 } } } });
    expect(actions[0]).toMatchObject({ direction: 'previous', enabled: false });
    expect(actions[3]).toMatchObject({ state: { run: { command: 'ask', args: { question: 'ferry', limit: 10 } }, show: 'private' } });
    expect(replyActions(reply).map((a) => a.kind)).toEqual(['page', 'page', 'command', 'context']);
  });
});
