import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '../../src/corpus/article.ts';
import { isVerbatimAt } from './helpers.ts';

const WORDS = [
  'the', 'council', 'said', 'on', 'tuesday', 'that', 'river', 'levels', 'had', 'risen', 'by', 'two', 'metres',
  'and', 'officials', 'warned', 'of', 'floods', 'in', 'low-lying', 'areas', 'near', 'town', 'centre', 'while',
  'residents', 'were', 'told', 'to', 'move', 'cars', 'café', 'año', '12,000', '3.5', 'percent', '“quickly”', 'it’s',
  'Mayor', 'Ana', 'Ruiz', 'Northern', 'Rail', '—', 'U.S.', 'a', 'new', 'report', 'showed', 'costs', 'rising',
];
const TITLE_WORDS = ['River', 'Flood', 'Warning', 'Council', 'Plans', 'New', 'Defences', 'After', 'Storm', 'Town'];

const word = fc.constantFrom(...WORDS);
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sentenceOf = (minWords: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(word, { minLength: minWords, maxLength: 20 }), fc.constantFrom('.', '.', '.', '?', '!'))
    // Short questions in Headline Style read as headings by design, so questions here are long.
    .map(([ws, end]) => `${capitalise(ws.join(' ').replace(/( —)+$/u, ''))}${ws.length < 9 ? '.' : end}`);
const sentence = sentenceOf(4);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const heading = fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

type Block = { kind: 'para'; text: string } | { kind: 'heading'; text: string } | { kind: 'bullets'; items: string[] };
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 6, arbitrary: paragraph.map((text) => ({ kind: 'para' as const, text })) },
  { weight: 1, arbitrary: heading.map((text) => ({ kind: 'heading' as const, text })) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'bullets' as const, items })) },
);

interface Layout {
  wrapAt: number | null;
  blankBetween: boolean;
  eol: string;
  bullet: string;
  indent: string;
}
const layout: fc.Arbitrary<Layout> = fc.record({
  wrapAt: fc.option(fc.integer({ min: 50, max: 100 })),
  blankBetween: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n'),
  bullet: fc.constantFrom('- ', '* ', '• ', '1. '),
  indent: fc.constantFrom('', ' ', '  '),
});

/** Greedy word wrap at `width`. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...lines, line];
}

function render(title: string, blocks: Block[], l: Layout): string {
  const out: string[][] = [[title]];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push([b.text]);
    else if (b.kind === 'bullets') out.push(b.items.map((i) => `${l.indent}${l.bullet}${i}`));
    else out.push(l.wrapAt ? wrap(b.text, l.wrapAt).map((x) => `${l.indent}${x}`) : [`${l.indent}${b.text}`]);
  }
  // Wrapped paragraphs are always separated by blank lines; one-a-line text may not be.
  const sep = l.blankBetween || l.wrapAt ? l.eol + l.eol : l.eol;
  return out.map((lines) => lines.join(l.eol)).join(sep);
}

const article = fc.record({ title: heading, blocks: fc.array(block, { minLength: 1, maxLength: 12 }), layout });
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

describe('loader properties on generated articles', () => {
  it('every passage is verbatim text of its file, starting at its line', () => {
    fc.assert(
      fc.property(article, ({ title, blocks, layout: l }) => {
        const text = render(title, blocks, l);
        for (const p of parseArticle('gen.txt', text).article.passages) expect(isVerbatimAt(text, p)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps one-paragraph-a-line text one passage a paragraph, and every bullet item', () => {
    fc.assert(
      fc.property(article, ({ title, blocks, layout: l }) => {
        const text = render(title, blocks, { ...l, wrapAt: null });
        const texts = new Set(parseArticle('gen.txt', text).article.passages.map((p) => p.text));
        for (const b of blocks) {
          if (b.kind === 'para') expect(texts.has(b.text)).toBe(true);
          if (b.kind === 'bullets') for (const item of b.items) expect(texts.has(item)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('joins the wrapped paragraphs of a wrapped article into one passage each when broken mid-sentence', () => {
    const wrapped = fc.record({
      title: heading,
      paras: fc.array(fc.array(sentenceOf(8), { minLength: 3, maxLength: 6 }).map((s) => s.join(' ')), { minLength: 3, maxLength: 8 }),
      layout,
      wrapAt: fc.integer({ min: 50, max: 100 }),
    });
    fc.assert(
      fc.property(wrapped, ({ title, paras, layout: l, wrapAt }) => {
        const blocks = paras.map((text) => ({ kind: 'para' as const, text }));
        const text = render(title, blocks, { ...l, wrapAt });
        // The file must show that it is wrapped somewhere: a line going on in lower case or after "the".
        fc.pre(/[^.?!]\r?\n\s*\p{Ll}| the\r?\n/u.test(text));
        const texts = parseArticle('gen.txt', text).article.passages.map((p) => p.text);
        const brokenMidSentence = (p: string): boolean => wrap(p, wrapAt).slice(0, -1).every((x) => !/[.?!]$/u.test(x));
        for (const p of paras.filter(brokenMidSentence)) expect(texts).toContain(p);
        const all = squash(texts.join(' '));
        for (const p of paras) expect(all).toContain(squash(p));
      }),
      { numRuns: 300 },
    );
  });
});
