import { describe, expect, it } from 'vitest';
import { createQuoteBook } from '../../src/quotes/book.ts';
import { corpusOf } from './corpus.ts';

const LONG = 'The United States is not going to come to Mexico with the military. We cooperate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.';

describe('the same quote in several articles', () => {
  it('is one entry citing the longest form and listing every other place', () => {
    const book = createQuoteBook(
      corpusOf({
        'a.txt': ['Mexico’s President Claudia Sheinbaum spoke in August.', 'Sheinbaum has been unequivocal, stating, "The United States is not going to come to Mexico with the military."'],
        'b.txt': ['Claudia Sheinbaum drew a hard line.', `Back in August, she flatly ruled out any U.S. footprint: “${LONG}”`],
        'c.txt': [
          'President Sheinbaum has remained defiant. Her response was swift: “The United States is not going to come to Mexico with the military… there’s not going to be an invasion that is ruled out, absolutely ruled out”.',
        ],
      }),
    );
    expect(book.quotesBy('sheinbaum')).toEqual([{ speaker: 'Claudia Sheinbaum', text: LONG, source: 'b.txt', line: 3, also: [{ source: 'a.txt', line: 3 }, { source: 'c.txt', line: 1 }], rule: 'colon-after-subject', cue: ':' }]);
  });

  it('merges forms that differ only in quote marks and punctuation', () => {
    const book = createQuoteBook(
      corpusOf({
        'a.txt': ['"We will hunt them down, wherever they operate," said Defence Minister Pete Okoro.'],
        'b.txt': ['Defence Minister Pete Okoro declared: ‘We will hunt them down — wherever they operate!’'],
      }),
    );
    const quotes = book.quotesBy('okoro');
    expect(quotes).toHaveLength(1);
    expect([quotes[0]!.source, ...quotes[0]!.also.map((p) => p.source)].sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('puts the quote reported most widely first', () => {
    const corpus = corpusOf({
      'a.txt': ['"Rates will stay high," said central bank governor Ruth Amsel.', '"Inflation is not beaten," Amsel added.'],
      'b.txt': ['Central bank governor Ruth Amsel warned: "Inflation is not beaten."'],
    });
    expect(createQuoteBook(corpus).quotesBy('amsel').map((q) => q.text)).toEqual(['Inflation is not beaten.', 'Rates will stay high']);
  });

  it('gives an unattributed copy to the named speaker of the same words', () => {
    const book = createQuoteBook(
      corpusOf({
        'a.txt': ['"The bridge will not be safe in five years if we do nothing," said county engineer Dana Whitfield.'],
        'b.txt': ['Engineers warn the bridge "will not be safe in five years if we do nothing."'],
      }),
    );
    expect(book.all()).toHaveLength(1);
    expect(book.all()[0]).toMatchObject({ speaker: 'Dana Whitfield', also: [{ source: 'b.txt', line: 1 }] });
  });

  it('keeps the same words by two named people apart, and short common phrases apart', () => {
    const book = createQuoteBook(
      corpusOf({
        'a.txt': ['"We will not back down from this fight," said Mayor Ines Okafor.', 'Critics called the plan a “disaster”.'],
        'b.txt': ['"We will not back down from this fight," said Governor Tom Reyes.', 'Mayor Ines Okafor said the plan was a “disaster”.'],
      }),
    );
    expect(book.quotesBy('okafor').map((q) => q.text)).toEqual(['We will not back down from this fight', 'disaster']);
    expect(book.quotesBy('reyes').map((q) => q.text)).toEqual(['We will not back down from this fight']);
    expect(book.all().filter((q) => q.speaker === null).map((q) => q.text)).toEqual(['disaster']);
  });
});
