// One test per row of the attribution table, on sentences made here: each quote says which rule
// named its speaker and the cue it read.
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_RULES } from '../../src/quotes/rules.ts';
import { bookOf } from './corpus.ts';

/** `speaker | rule | cue | text` of every quote of a made-up article, in order of the text. */
function how(...paragraphs: string[]): string[] {
  return bookOf(...paragraphs)
    .all()
    .sort((a, b) => a.line - b.line)
    .map((q) => `${q.speaker ?? '-'} | ${q.rule ?? '-'} | ${q.cue} | ${q.text}`);
}

const tested = new Set<string>();
const rule = (name: string, fn: () => void) =>
  it(name, () => {
    tested.add(name);
    fn();
  });

describe('attribution rules', () => {
  rule('not-speech', () => {
    expect(how('Her show “Morning Joe” airs daily, and Rubio’s “plan” was mocked, said Ana Ruiz.')).toEqual([
      '- | - |  | Morning Joe',
      '- | - |  | plan',
    ]);
    expect(how('“We will act,” said Ana Ruiz.', '“All Bets Are Off.”')).toEqual(['Ana Ruiz | quote-then-cue | said | We will act', '- | - |  | All Bets Are Off.']);
  });

  rule('transcript-label', () => {
    expect(how('"WARNING: Graphic content follows."', 'Mike Pence spoke to Fox.', '"WALLACE: Will she be there?', '"PENCE: Well, look, she will not be attending.', '"WALLACE: Thank you.')).toEqual([
      '- | - |  | WARNING: Graphic content follows.',
      'Wallace | transcript-label | : | Will she be there?',
      'Mike Pence | transcript-label | : | Well, look, she will not be attending.',
      'Wallace | transcript-label | : | Thank you.',
    ]);
  });

  rule('quote-then-cue', () => {
    expect(how('"We checked every beam," said county engineer Dana Whitfield.', '"It is safe," Whitfield added.')).toEqual([
      'Dana Whitfield | quote-then-cue | said | We checked every beam',
      'Dana Whitfield | quote-then-cue | added | It is safe',
    ]);
  });

  rule('dash-credit', () => {
    expect(how('“The most unqualified child to ever run for president.” ― Francisco Herrero', '“We vote this year.” — Ana Ruiz, 34, Phoenix')).toEqual([
      'Francisco Herrero | dash-credit | ― | The most unqualified child to ever run for president.',
      'Ana Ruiz | dash-credit | — | We vote this year.',
    ]);
  });

  rule('between-halves', () => {
    expect(how('Rosa Delgado spoke last. “And,” Delgado continued, “I need answers.”')).toEqual([
      'Rosa Delgado | between-halves | continued | I need answers.',
    ]);
  });

  rule('cue-before', () => {
    expect(how('Mayor Rosa Delgado said the closure “could finish off half the businesses.”')).toEqual([
      'Rosa Delgado | cue-before | said | could finish off half the businesses.',
    ]);
  });

  it('reads `…, said X, adding that it was “…”` as X going on', () => {
    expect(how('Ana Castañeda runs the agency.', 'The agency will wait for more data, said Castañeda, adding that it was “far too early to call it a trend.”')).toEqual([
      'Ana Castañeda | cue-before | adding | far too early to call it a trend.',
    ]);
  });

  rule('colon-after-subject', () => {
    expect(how('Mayor Rosa Delgado ruled it out: “There will be no toll.”')).toEqual(['Rosa Delgado | colon-after-subject | : | There will be no toll.']);
  });

  rule('tail-clause', () => {
    expect(how('The plan, which is “reckless and costly,” will fail, Rosa Delgado said.')).toEqual([
      'Rosa Delgado | tail-clause | said | reckless and costly',
    ]);
  });

  rule('next-sentence', () => {
    expect(how('“Why now?” Rosa Delgado asked.')).toEqual(['Rosa Delgado | next-sentence | asked | Why now?']);
  });

  rule('continuation', () => {
    expect(how('“We checked every beam,” said Dana Whitfield. “It will hold for years.”')).toEqual([
      'Dana Whitfield | quote-then-cue | said | We checked every beam',
      'Dana Whitfield | continuation |  | It will hold for years.',
    ]);
  });

  it('every rule of the table has its test above', () => {
    expect([...tested].sort()).toEqual(ATTRIBUTION_RULES.map((r) => r.name).sort());
  });
});
