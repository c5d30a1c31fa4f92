// Offices a question names where the article names the person: `the top diplomat` finds the passage
// that says only `Doe`, once another passage of the corpus names Jane Doe as secretary of state.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine.ts';
import { cites, corpusOf } from './corpus.ts';
import { officeTable, placeOf, rolesIn } from '../../src/search/query/roles.ts';
import { CorpusRoleHolders } from '../../src/search/query/role-holders.ts';
import { readingsIn } from '../../src/search/query/role-readings.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { rolePostings } from '../../src/search/query/role-postings.ts';

const corpus = corpusOf({
  'talks.txt': [
    'Talks in the capital',
    'Secretary of State Jane Doe said the talks would resume in the spring.',
    'Doe called the smuggling networks a threat to the whole region.',
  ],
  'ports.txt': [
    'Port news',
    'Officials called the smuggling networks a threat.',
    'Pablo Ortiz, Freedonia’s president, opened the new terminal on Monday.',
  ],
  'border.txt': [
    'Border',
    'Mexican President Ana Ruiz warned that troops on Mexican soil would never be accepted.',
    'Ruiz rejected the offer of foreign soldiers outright.',
    'Officials rejected the foreign soldiers.',
  ],
});
const office = (name: string) => officeTable().get(name)!;
/** The holders `roles` keeps for office `o`, in `country` when one is given. */
const holdersOf = (roles: CorpusRoleHolders, o: string, country?: string) => roles.holders(office(o), country ? placeOf([country]) : undefined);
/** Two holders of one office: Doe named twice, Roe once. */
const SECRETARIES = ['Secretary of State Jane Doe arrived.', 'Secretary of State Jane Doe left.', 'Secretary of State John Roe arrived a year later.'];

describe('offices named in a question', () => {
  /** The first hit's citation with office holders and without them (`expansion.role: 0`). */
  const firstHits = async (q: string) => {
    const [on, off] = [createSearchEngine(corpus), createSearchEngine(corpus, { expansion: { role: 0 } })];
    return { on: cites(await on.search(q))[0], off: cites(await off.search(q))[0] };
  };

  it('finds the passage naming the holder when the question names the office', async () => {
    const { on, off } = await firstHits('What did the top diplomat call the smuggling networks?');
    expect(on).toBe('talks.txt:5');
    expect(off).not.toBe('talks.txt:5');
  });

  it('resolves a qualified office to that country’s holder', async () => {
    const { on, off } = await firstHits('Did the Mexican leader reject the foreign soldiers?');
    expect(on).toBe('border.txt:5');
    expect(off).not.toBe('border.txt:5');
  });

  it('reads the office and its country from the question', () => {
    const read = (q: string) => rolesIn(tokenize(q)).map((m) => [m.office.name, m.country?.countries[0]]);
    expect(read('What did the defence secretary post?')).toEqual([['secretary of defense', undefined]]);
    expect(read('What did America’s top diplomat call the gangs?')).toEqual([['secretary of state', 'United States']]);
    expect(read('Is the president of Mexico worried?')).toEqual([['president', 'Mexico']]);
    expect(read('What did Venezuela say about the country’s leader?')).toEqual([['president', 'Venezuela']]);
    // The question names the holder itself, or asks who holds the office.
    expect(read('What did President Ruiz say?')).toEqual([]);
    expect(read('Which president visited the border?')).toEqual([]);
    expect(read('The president of which country resigned?')).toEqual([]);
    expect(read('Why did its prime minister resign?')).toEqual([]);
    expect(read('Who is the mayor of Springfield?')).toEqual([]);
  });

  it('reads holders from titles before a name and appositions after one', () => {
    const read = (text: string, name: string) => readingsIn(text, office(name)).map((r) => [r.name, r.country?.countries[0]]);
    expect(read('Secretary of Defense Pete Hegseth declared on X that…', 'secretary of defense')).toEqual([['Pete Hegseth', undefined]]);
    expect(read('Claudia Sheinbaum, Mexico’s president, said no.', 'president')).toEqual([['Claudia Sheinbaum', 'Mexico']]);
    expect(read('Rubio, the secretary of state, spoke first.', 'secretary of state')).toEqual([['Rubio', undefined]]);
    expect(read('Venezuelan leader Nicolás Maduro replied.', 'president')).toEqual([['Nicolás Maduro', 'Venezuela']]);
    // Another office, a past holder, or a loose word with no country before it.
    expect(read('Vice President Kamala Harris spoke.', 'president')).toEqual([]);
    expect(read('Senate Majority Leader Chuck Schumer spoke.', 'president')).toEqual([]);
    expect(read('Former President Barack Obama spoke.', 'president')).toEqual([]);
    expect(read('The opposition leader Juan Guaidó spoke.', 'president')).toEqual([]);
    // A name before a comma is the holder only when the title closes the apposition.
    expect(read('Ana Ruiz, the president of Mexico, spoke.', 'president')).toEqual([['Ana Ruiz', 'Mexico']]);
    expect(read('According to Reuters, the prime minister said no.', 'prime minister')).toEqual([]);
    expect(read('In a statement Friday, the president said no.', 'president')).toEqual([]);
    expect(read('Aboard Air Force One, the president told reporters.', 'president')).toEqual([]);
    // A longer office's title is that office's, never a shorter one's inside it.
    expect(read('Queen Consort Camilla waved.', 'queen')).toEqual([]);
    expect(read('Queen Consort Camilla waved.', 'queen consort')).toEqual([['Camilla', undefined]]);
    expect(read('Rachel Reeves, the Chancellor of the Exchequer, said no.', 'chancellor')).toEqual([]);
    expect(read('Rachel Reeves, the Chancellor of the Exchequer, said no.', 'treasury secretary')).toEqual([['Rachel Reeves', undefined]]);
    // A name ends before a weekday or a date, and a word the passage also writes in lower case is no name.
    expect(read('President Tom Hale Tuesday said no.', 'president')).toEqual([['Tom Hale', undefined]]);
    expect(read('President Tom Hale March 3 said no.', 'president')).toEqual([['Tom Hale', undefined]]);
    expect(read('Secretary of State June Ruiz said no.', 'secretary of state')).toEqual([['June Ruiz', undefined]]);
    expect(read('President Hale Signs Executive Order. The order takes effect today.', 'president')).toEqual([]);
  });

  it('keeps several holders of one office, each country its own, and none for an office held by many at once', () => {
    const texts = [
      ...SECRETARIES,
      'Mexican President Ana Ruiz spoke.', 'French President Paul Martin spoke.',
      ...['Adams', 'Baker', 'Clark', 'Davis', 'Evans', 'Foster', 'Grant'].map((n) => `Mayor Tom ${n} opened a park.`),
    ];
    const passages = corpusOf({ 'a.txt': ['News', ...texts] }).passages;
    const roles = new CorpusRoleHolders(PassageIndex.build(passages), passages);
    const names = (o: string, country?: string) => holdersOf(roles, o, country).map((h) => h.surname);
    expect(names('secretary of state')).toEqual(['Doe', 'Roe']);
    expect(names('president', 'Mexico')).toEqual(['Ruiz']);
    expect(names('president', 'France')).toEqual(['Martin']);
    expect(names('mayor')).toEqual([]);
  });

  it('reads every office and country at once as a question would, from the index or from postings of the office and country words alone', () => {
    const texts = [
      ...SECRETARIES,
      'Foreign Minister Ana Ruiz of Mexico spoke.', 'Mexican Foreign Minister Ana Ruiz left.', 'French President Paul Martin spoke.',
      'Mexican President Luis Vega spoke.', 'President Tom Hale spoke.', 'President Tom Hale left.',
    ];
    const passages = corpusOf({ 'a.txt': ['News', ...texts] }).passages;
    // A scan of at most 2 passages an office and country, so the sample is spread as at scale.
    for (const maxScan of [1000, 2]) {
      const roles = new CorpusRoleHolders(PassageIndex.build(passages), passages, maxScan);
      const rows = roles.everyHolder();
      const one = (o: string, country?: string) => holdersOf(roles, o, country);
      expect(rows).toContainEqual({ office: 'secretary of state', country: '', holders: one('secretary of state') });
      expect(rows).toContainEqual({ office: 'president', country: 'Mexico', holders: one('president', 'Mexico') });
      expect(rows.find((r) => r.office === 'president' && r.country === 'Mexico')!.holders.map((h) => h.surname)).toEqual(['Vega']);
      expect(rows.every((r) => r.holders.length > 0)).toBe(true);
      expect(new CorpusRoleHolders(rolePostings(passages), passages, maxScan).everyHolder()).toEqual(rows);
    }
  });
});
