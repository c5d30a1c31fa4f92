import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/quotes/spans.ts';
import { corpusOf, saidBy } from './corpus.ts';
import { createQuoteBook } from '../../src/quotes/book.ts';

const quoted = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd));

describe('quote marks', () => {
  it('finds straight, curly, single curly and guillemet quotes, nested ones inside the outer', () => {
    expect(quoted('He said "yes", she said “no”, they said ‘maybe’ and «jamais».')).toEqual(['yes', 'no', 'maybe', 'jamais']);
    expect(quoted('“He told me ‘never again,’ and left,” she said.')).toEqual(['He told me ‘never again,’ and left,']);
  });

  it('tells apostrophes from single quotes', () => {
    expect(quoted('Mexico’s army, the groups’ funds, the ’90s, rock ’n’ roll and Sheinbaum\'s team.')).toEqual([]);
    expect(quoted('Trump said ‘we’ve knocked out 97 percent’ and Mast called it a ‘menu item’.')).toEqual(['we’ve knocked out 97 percent', 'menu item']);
  });

  it('keeps a quote left open at the end of a paragraph (it goes on in the next)', () => {
    const spans = findQuoteSpans('Delgado said: “We looked at every option. None of them lasts as long');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.closed).toBe(false);
  });
});

describe('every quote', () => {
  it('is verbatim from the paragraph it cites, and its other places hold the same words', () => {
    const corpus = corpusOf({
      'a.txt': [
        '"We will not back down," said Mayor Ines Okafor. "Not now, not ever."',
        'Critics called the plan a “disaster,” while the council said it was “on track.”',
      ],
      'b.txt': ['Mayor Ines Okafor repeated: ‘We will not back down… not now, not ever.’'],
    });
    const texts = new Map(corpus.passages.map((p) => [`${p.source}:${p.line}`, p.text]));
    const book = createQuoteBook(corpus);
    for (const q of book.all()) expect(texts.get(`${q.source}:${q.line}`)).toContain(q.text);
    expect(book.quotesBy('okafor').map((q) => [q.text, q.also])).toEqual([
      ['We will not back down… not now, not ever.', [{ source: 'a.txt', line: 1 }]],
    ]);
  });

  it('goes on across a paragraph left open, in the voice of the same speaker', () => {
    expect(saidBy('Delgado told reporters: “We looked at every option. None of them lasts', '“This one lasts fifty years.”', 'County commissioner Rosa Delgado chairs the board.')).toEqual({
      'Rosa Delgado': ['We looked at every option. None of them lasts', 'This one lasts fifty years.'],
    });
  });
});
