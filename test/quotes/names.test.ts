// Reading who a name is: descriptors set aside, names known from how the article uses them.
import { describe, expect, it } from 'vitest';
import { createQuoteBook } from '../../src/quotes/book.ts';
import { bookOf, corpusOf, saidBy } from './corpus.ts';

describe('names around a quote', () => {
  it('sets aside a party and state tag after the name, in brackets or between commas', () => {
    expect(saidBy('"Subpoenas are not optional," Rep. John Mica (R-Fla.) said.', '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.')).toEqual({
      'John Mica': ['Subpoenas are not optional'],
      'Mitch McConnell': ['Our assumption is that the veto will be overridden'],
    });
  });

  it('reads a long description between name and verb, and a qualifier before a title', () => {
    expect(
      saidBy(
        '“It is an invasion,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.',
        '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after the witness failed to appear.',
      ),
    ).toEqual({ 'Scott Pruitt': ['It is an invasion'], 'Jason Chaffetz': ['Subpoenas are not optional'] });
  });

  it('never takes the one spoken to for the speaker', () => {
    expect(saidBy('“This narrative is everywhere,” Malkia Cyril, the executive director at the Center of Media Justice, told The Huffington Post.')).toEqual({
      'Malkia Cyril': ['This narrative is everywhere'],
    });
    expect(saidBy('The senator spoke at length. “It is over,” told The Huffington Post.')).toEqual({ null: ['It is over'] });
  });

  it('reads a single name the article puts before or after a speech verb, not a month or a common word', () => {
    expect(saidBy('“That’s right, Donald,” Melanie said to the TV.', '“The numbers do not add up,” said Graham.', '“It was cold,” said Tuesday.')).toEqual({
      Melanie: ['That’s right, Donald'],
      Graham: ['The numbers do not add up'],
      null: ['It was cold'],
    });
  });

  it('reads singing and chanting as speech', () => {
    expect(saidBy('Mary J. Blige sings to the candidate, “I just want to know, where do we go from here?”', 'Donald Trump walked onto the stage, chanting “U-S-A! U-S-A!”')).toEqual({
      'Mary J. Blige': ['I just want to know, where do we go from here?'],
      'Donald Trump': ['U-S-A! U-S-A!'],
    });
  });

  it('never reads a place and a day as a name', () => {
    const said = saidBy('In a speech in Fort Pierce, Florida Friday, Hillary Clinton laid out her plan.', 'She spoke at a rally Friday. She says: “I wonder why it was bad.”');
    expect(Object.keys(said).filter((name) => /Friday/.test(name))).toEqual([]);
    expect(saidBy('“We will win,” Donald Trump said Friday.', '“We will see,” said Friday.')).toEqual({ 'Donald Trump': ['We will win'], null: ['We will see'] });
  });

  it('keeps dotted initials in a name', () => {
    expect(saidBy('“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus.')).toEqual({
      'G.K. Butterfield': ['This is a disgusting day'],
    });
  });

  it('gives `he` to the person a chain of `he` sentences is about, not to a name in one of them', () => {
    expect(
      saidBy(
        'Donald Trump is raising questions about his microphone.',
        'He notes that the Commission on Presidential Debates announced earlier that there was an issue.',
        'He says, “Working that microphone was a hell of a lot more difficult.”',
      ),
    ).toEqual({ 'Donald Trump': ['Working that microphone was a hell of a lot more difficult.'] });
  });

  it('gives a pronoun to the one fitting person of its own sentence', () => {
    expect(saidBy('Ana Ruiz met Tom Hale on Monday.', 'Democratic Sen. Claire McCaskill scolded him: “The scientific community is against you,” she said.')).toEqual({
      'Claire McCaskill': ['The scientific community is against you'],
    });
  });
});

describe('speaker identity', () => {
  it('uses the gender a title gives when a surname has several full names', () => {
    expect(saidBy('Michelle Obama spoke first. She thanked the crowd.', '“We are better than this,” Mr. Obama said.', '“So are we,” Mrs. Obama said.')).toEqual({
      Obama: ['We are better than this'],
      'Michelle Obama': ['So are we'],
    });
  });

  it('keeps party words and affiliations out of the name', () => {
    expect(saidBy('“It is late,” Republican Donald Trump said.', '“We need the money,” said Bethany Cruz of the Riders Alliance.', '“Fix it,” Councilmember Dana Reyes said.')).toEqual({
      'Donald Trump': ['It is late'],
      'Bethany Cruz': ['We need the money'],
      'Dana Reyes': ['Fix it'],
    });
  });

  it('reads titles before an affiliation and after `of the`', () => {
    expect(saidBy('"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.', '“We act,” said Secretary of the Treasury Steven Mnuchin.', '“Come in,” said Friends of the Earth.')).toEqual({
      'Stacey Plaskett': ['This is a waste of time'],
      'Steven Mnuchin': ['We act'],
      'Friends of the Earth': ['Come in'],
    });
  });

  it('lists unnamed sources after the people named, however often they are quoted', () => {
    const book = bookOf('“One,” a senior official said.', '“Two,” a senior official said.', '“Three,” said Ana Ruiz.');
    expect(book.speakers().map((s) => [s.name, s.quotes, s.kind])).toEqual([
      ['Ana Ruiz', 1, 'person'],
      ['a senior official', 2, 'unnamed'],
    ]);
  });

  it('takes a full name from an article that quotes no one', () => {
    const book = createQuoteBook(
      corpusOf({
        'profile.txt': ['Mayor Elena Vasquez grew up in the harbour district.', 'She studied engineering before entering politics.'],
        'vote.txt': ['The council voted on Tuesday.', '"We will rebuild the pier," Vasquez said.'],
      }),
    );
    expect(book.all().map((q) => [q.speaker, q.text])).toEqual([['Elena Vasquez', 'We will rebuild the pier']]);
  });
});
