// What a question asks for, weighed in the re-ranker: a quantity (not a year, not a day of a month)
// for "how many", a sentence that defines the word for "what is X", and the subject an
// encyclopedia-style opening defines ("Benedict Arnold was a general…"), which every later
// paragraph of the article is about though it says "he".
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { parseQuery } from '../../src/search/query/parse.ts';
import { definedSubject } from '../../src/search/rank/about.ts';
import { hasQuantity, kindsIn } from '../../src/search/rank/hints.ts';
import { cites, parsedCorpusOf as corpusFrom } from './corpus.ts';

describe('the kind of answer a question asks for', () => {
  it('reads how many, how big and how old as a quantity, and what is X as a definition', () => {
    expect(parseQuery('how big is the city of Auburndale', 0.9).hints).toEqual(['number']);
    expect(parseQuery('what is an arraignment?', 0.9).hints).toEqual(['definition']);
    expect(parseQuery('what does 3g network mean', 0.9).hints).toEqual(['definition']);
    expect(parseQuery('what is the population of Center, Texas', 0.9).hints).toEqual([]);
    expect(parseQuery('what causes the seasons', 0.9).hints).toEqual(['reason']);
  });

  it('reaches "died" from "die" and back, which the stemmer makes into two stems', () => {
    const [die] = parseQuery('how did the poet die', 0.9).groups.slice(-1);
    expect(die!.terms.map((t) => t.term)).toEqual(['die', 'di']);
    // And back: a question in the past tense reaches a passage that says `die`; `studied` stems as `study` does.
    const [died] = parseQuery('how many people died', 0.9).groups.slice(-1);
    expect(died!.terms.map((t) => t.term)).toEqual(['di', 'die']);
    const [studied] = parseQuery('what was studied', 0.9).groups.slice(-1);
    expect(studied!.terms).toHaveLength(1);
    // `cried` is not a `die`: no made-up `crie` is added.
    const [cried] = parseQuery('who cried', 0.9).groups.slice(-1);
    expect(cried!.terms).toHaveLength(1);
  });

  it('finds a quantity in a figure or a number word, not in a year or a day of a month', () => {
    expect(hasQuantity('The blast claimed 168 lives.')).toBe(true);
    expect(hasQuantity('Four complete seasons aired.')).toBe(true);
    expect(hasQuantity('The bombing took place on April 19, 1995.')).toBe(false);
    expect(hasQuantity('She was born on 9 March 1926 in Frankfurt.')).toBe(false);
  });

  it('reads a four-digit figure as a year by one rule for "when" and "how many": 1800 to 2099, or an older one after a word that brings a year', () => {
    expect(hasQuantity('The king sent 1200 troops to the border.')).toBe(true);
    expect(kindsIn('The king sent 1200 troops to the border.', ['date'], [], 40)).toEqual([]);
    expect(hasQuantity('The castle was built in 1200 by the king.')).toBe(false);
    expect(kindsIn('The castle was built in 1200 by the king.', ['date'], [], 40)).toEqual(['date']);
    expect(hasQuantity('Newton died on 20 March 1727.')).toBe(false);
    expect(kindsIn('Voters went to the polls in the 1995 election.', ['date', 'number'], [], 40)).toEqual(['date']);
  });

  it('answers "how many troops" with the passage that gives the count, a four-digit one too', async () => {
    const corpus = corpusFrom({
      'border.txt': [
        'Troops at the border',
        '',
        'The king sent troops to the border, and the troops camped at the border all winter.',
        '',
        'In the spring the king sent 1200 troops to the border.',
      ],
    });
    expect(cites(await createSearchEngine(corpus).search('how many troops did the king send to the border'))[0]).toBe('border.txt:5');
  });

  it('finds a definition only where a word of the question comes before its "is a"', () => {
    const text = 'Arraignment is a formal reading of the charges.';
    expect(kindsIn(text, ['definition'], [0], 40)).toEqual(['definition']);
    expect(kindsIn(text, ['definition'], [30], 40)).toEqual([]);
  });
});

describe('the subject an article opens by defining', () => {
  it('is the words before its "is a", asides left out; a news opening defines none', () => {
    expect(definedSubject('Sir Isaac Newton (25 December 1642 – 20 March 1727) was an English physicist')).toBe('Sir Isaac Newton');
    expect(definedSubject('Auburndale is a city in Polk County, Florida')).toBe('Auburndale');
    expect(definedSubject('Pro-Iranian demonstrators tried to storm the embassy in Baghdad')).toBeNull();
  });

  const corpus = corpusFrom({
    'arnold.txt': [
      'Benedict Arnold was a general of the American Revolutionary War who defected to the British in 1780.',
      'Arnold moved to London with his second wife in 1782.',
      'He returned to London in 1791, where he settled for good and retired from public life.',
    ],
    'pensions.txt': ['Workers retire at sixty-five in most countries.', 'Pensions are paid monthly.'],
    'london.txt': ['The Thames flows through London and its suburbs.', 'Many people died of the plague in London in 1665.'],
  });

  it('counts in every paragraph of the article: "he retired" answers when Arnold retired', async () => {
    const question = 'when did arnold retire';
    expect(cites(await createSearchEngine(corpus).search(question))[0]).toBe('arnold.txt:3');
    expect(cites(await createSearchEngine(corpus, { titleCredit: 0 }).search(question))[0]).not.toBe('arnold.txt:3');
  });
});
