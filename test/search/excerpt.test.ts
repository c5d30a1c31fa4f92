// Excerpts: the best sentences, verbatim, `…` where trimmed, matched words emphasised; and the
// sentence splitter they rest on.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { excerptText } from '../../src/reply/model.ts';
import { corpusOf } from './corpus.ts';

const LONG =
  'The council met on Monday to review the budget. Members argued about road repairs for an hour. ' +
  'In the end the harbour dredging plan was approved by a narrow vote of five to four. ' +
  'The mayor said the work would start in spring. Residents will be consulted on the timetable.';

const corpus = corpusOf({
  'council.txt': ['Council approves harbour dredging', LONG, 'A short paragraph about the dredging.'],
});
const engine = createSearchEngine(corpus);

describe('excerpts', () => {
  it('quote the sentence that answers, verbatim, with … where the passage goes on', async () => {
    const [hit] = await engine.search('harbour dredging vote');
    const plain = excerptText(hit!.excerpt);
    expect(plain.startsWith('…')).toBe(true);
    expect(plain.endsWith('…')).toBe(true);
    expect(LONG).toContain(plain.replace(/^…|…$/g, ''));
    expect(plain).toContain('the harbour dredging plan was approved by a narrow vote of five to four.');
  });

  it('emphasise the matched words, and the spans make up the plain excerpt exactly', async () => {
    const [hit] = await engine.search('harbour dredging vote');
    const emphasised = hit!.excerpt.filter((s) => s.emphasis).map((s) => s.text);
    expect(emphasised).toEqual(['harbour', 'dredging', 'vote']);
    expect(hit!.excerpt.map((s) => s.text).join('')).toBe(excerptText(hit!.excerpt));
  });

  it('show a short passage whole, without …', async () => {
    const hits = await engine.search('short paragraph');
    expect(excerptText(hits[0]!.excerpt)).toBe('A short paragraph about the dredging.');
  });

  it('cut an overlong sentence around the matched words, on word boundaries', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    words[80] = 'lighthouse';
    const text = `${words.join(' ')}.`;
    const long = createSearchEngine(corpusOf({ 'l.txt': ['Title', text] }), { excerpt: { maxLength: 120 } });
    const plain = excerptText((await long.search('lighthouse'))[0]!.excerpt);
    expect(plain).toMatch(/^….*lighthouse.*…$/);
    expect(text).toContain(plain.slice(1, -1));
    expect(plain.length).toBeLessThanOrEqual(122);
  });
});

describe('sentence splitting', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('does not break on abbreviations, initials or decimals', () => {
    const text = 'Mr. Smith met J. R. Doe at the U.S. Capitol. The C.I.A. declined. Prices rose 4.5 percent! Next.';
    expect(split(text)).toEqual(['Mr. Smith met J. R. Doe at the U.S. Capitol.', 'The C.I.A. declined.', 'Prices rose 4.5 percent!', 'Next.']);
  });

  it('keeps closing quotes with their sentence', () => {
    const text = 'He said: “We will go.” Then he left.';
    expect(split(text)).toEqual(['He said: “We will go.”', 'Then he left.']);
  });
});
