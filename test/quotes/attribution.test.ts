import { describe, expect, it } from 'vitest';
import { bookOf, saidBy } from './corpus.ts';

describe('attribution in the same sentence', () => {
  it('reads `"…," said <role> <name>` and `"…," <name> said`', () => {
    expect(
      saidBy(
        '"The bridge is safe today, but it will not be safe in five years," said county engineer Dana Whitfield.',
        '"We checked every beam," Whitfield said.',
      ),
    ).toEqual({ 'Dana Whitfield': ['The bridge is safe today, but it will not be safe in five years', 'We checked every beam'] });
  });

  it('reads `X told reporters that …, but that … “…”` as one reported speech', () => {
    expect(
      saidBy('Race director Philippe Aubertin told reporters that the race would continue, but that the jersey would not be worn “out of respect for the riders who race clean.”'),
    ).toEqual({ 'Philippe Aubertin': ['out of respect for the riders who race clean.'] });
  });

  it('reads `“…” — said X`, and a job before the name that is no title (`said meteorologist X`)', () => {
    expect(saidBy('"We have been burned before." — said Dennis Achterberg, 68, a season-ticket holder.')).toEqual({ 'Dennis Achterberg': ['We have been burned before.'] });
    expect(saidBy('“The next 48 hours are going to be decisive,” said meteorologist Arjun Mehta of the weather service.')).toEqual({
      'Arjun Mehta': ['The next 48 hours are going to be decisive'],
    });
  });

  it('reads `the judge` as the Justice named before it', () => {
    expect(saidBy('Mrs Justice Miriam Okafor said the council had relied on old flood models.', '“The duty to give reasons is at its most demanding,” the judge wrote.')).toEqual({
      'Miriam Okafor': ['The duty to give reasons is at its most demanding'],
    });
  });

  it('tells apart the pronouns of two people who share a surname', () => {
    expect(
      saidBy(
        'Gordon Hale, 74, will step down. "I am proud of every one of those years," he said.',
        'Sophie Hale said the trust would push for a seat on the board. "A veto on the badge is welcome," she said.',
        'Gordon Hale paused before answering. "Relieved, mostly," he said.',
      ),
    ).toEqual({ 'Gordon Hale': ['I am proud of every one of those years', 'Relieved, mostly'], 'Sophie Hale': ['A veto on the badge is welcome'] });
  });

  it('reads a name set off after a description, and `according to a statement from X`', () => {
    expect(saidBy('"The result is final," the commission\'s president, Judge Isabel Meneses, told reporters.')).toEqual({ 'Isabel Meneses': ['The result is final'] });
    expect(saidBy('Fiona Galbraith chairs the trustees.', '"It was never a neutral act," according to a statement from Galbraith issued after the vote.')).toEqual({
      'Fiona Galbraith': ['It was never a neutral act'],
    });
  });

  it('reads `the minister` as the one person the article gave that job, even after the name', () => {
    expect(
      saidBy('“The warning made the difference,” said Reto Caflisch, the cantonal minister for infrastructure.', 'The minister was blunt: “Anyone who says the line will reopen before Easter is guessing.”'),
    ).toEqual({ 'Reto Caflisch': ['The warning made the difference', 'Anyone who says the line will reopen before Easter is guessing.'] });
  });

  it('finds a speaker written family name first by that name (`Ong Mei-lin` … `Ong said`)', () => {
    const book = bookOf('Singapore’s health minister, Ong Mei-lin, welcomed the findings.', '“Singapore is proud to have played a part in this work,” Ong said.');
    expect(book.all().map((q) => q.speaker)).toEqual(['Ong Mei-lin']);
    expect(book.findSpeaker('ong')?.name).toBe('Ong Mei-lin');
  });

  it('reads `says the manager, Ana Duarte` and a nickname inside a name (`Michael "Mick" O\'Neill`)', () => {
    expect(saidBy('“We were poor,” says the manager, Ana Duarte.')).toEqual({ 'Ana Duarte': ['We were poor'] });
    expect(saidBy('Michael "Mick" O\'Neill, a retired lineman, remembers the meetings.', '“People thought batteries were a toy,” O\'Neill told me.')).toEqual({
      "Michael O'Neill": ['People thought batteries were a toy'],
    });
  });

  it('follows `he said` back past a paragraph that names nobody', () => {
    expect(
      saidBy('“People thought batteries were a toy,” Michael O\'Neill told me over tea.', 'He laughs at the memory. A photograph hangs on the wall behind him.', '“She is stubborn in the right way,” he said.'),
    ).toEqual({ "Michael O'Neill": ['People thought batteries were a toy', 'She is stubborn in the right way'] });
  });

  it('reads `X said the closure "…"`: a quoted phrase in an attributed sentence', () => {
    expect(saidBy('Shop owner Marcus Bell said the closure "could finish off half the businesses on Elm Street."')).toEqual({
      'Marcus Bell': ['could finish off half the businesses on Elm Street.'],
    });
  });

  it('reads `X, stating, ‘…’` with curly single quotes and apostrophes inside', () => {
    expect(
      saidBy(
        'During a news conference, Mayor Ines Okafor said the city had no choice, stating, ‘we’ve tried everything and the river’s still rising.’ However, she promised help.',
      ),
    ).toEqual({ 'Ines Okafor': ['we’ve tried everything and the river’s still rising.'] });
  });

  it('reads `X declared on X: "…"` and `X told reporters: "…"` with titles before the name', () => {
    const said = saidBy(
      'Back in Ottawa, with Minister of Finance Paul Ardent declaring on X: "The budget is balanced and it will stay balanced."',
      'Transport Secretary Lena Fairweather told reporters: "Trains will run on Sunday."',
    );
    expect(said).toEqual({
      'Paul Ardent': ['The budget is balanced and it will stay balanced.'],
      'Lena Fairweather': ['Trains will run on Sunday.'],
    });
  });

  it('reads `"…," X added` and a quote cut by its attribution', () => {
    expect(saidBy('"We looked at every option," Rosa Delgado added, "and this one lasts."')).toEqual({
      'Rosa Delgado': ['We looked at every option', 'and this one lasts.'],
    });
  });

  it('reads a possessive name and a role before it: `Chile’s President Ana Núñez`', () => {
    const book = bookOf('Chile’s President Ana Núñez rejected the offer: “Our copper is not for sale.”');
    expect(book.quotesBy('Ana Núñez').map((q) => q.text)).toEqual(['Our copper is not for sale.']);
  });

  it('gives a quote to the subject, not to the person the subject attacks', () => {
    expect(
      saidBy(
        'Governor Tom Reyes met Senator Alice Brandt on Monday.',
        'Reyes didn’t mince words afterwards, blasting Brandt on the radio: “She has never read the bill.”',
      ),
    ).toEqual({ 'Tom Reyes': ['She has never read the bill.'] });
  });

  it('reads `X’s statement was blunt: … “…”` and `as X put it`', () => {
    expect(
      saidBy(
        'Interior Minister Karl Haas’s statement was blunt: smugglers must be treated as “organised criminals, not migrants”.',
        'As one former official put it, the smugglers “have never been this rich.”',
      ),
    ).toEqual({
      'Karl Haas': ['organised criminals, not migrants'],
      'one former official': ['have never been this rich.'],
    });
  });

  it('reads `X, who has said that … ‘…’` and a quote standing alone after the same speaker', () => {
    expect(
      saidBy('The plan was backed by council leader Omar Fitch, who has argued that the city faces ‘an impossible winter.’ "We cannot wait," Fitch said. "Every week costs lives."'),
    ).toEqual({ 'Omar Fitch': ['an impossible winter.', 'We cannot wait', 'Every week costs lives.'] });
  });
});

describe('attribution in news styles', () => {
  it('reads `according to X`, `a quote from X:` and `the story quoted X`', () => {
    expect(
      saidBy(
        'According to a senior diplomat, the talks are "dead in the water."',
        'The paper includes a quote from party chair Ross Wilburn: “Iowans have been left behind.”',
        'A May 7 story quoted Gov. Kim Reynolds about wanting “my own attorney general, please.”',
      ),
    ).toEqual({
      'a senior diplomat': ['dead in the water.'],
      'Ross Wilburn': ['Iowans have been left behind.'],
      'Kim Reynolds': ['my own attorney general, please.'],
    });
  });

  it('joins a quote cut by `she continued` and drops a bare conjunction half', () => {
    expect(saidBy('Governor Kim Reynolds spoke on Friday.', '“And,” she continued, “I need a state auditor who is not trying to sue me.”')).toEqual({
      'Kim Reynolds': ['I need a state auditor who is not trying to sue me.'],
    });
  });

  it('carries a paragraph that is only a quote on from `she adds` or `He stated the following:`', () => {
    expect(
      saidBy(
        '“Each piece takes two rows at a time,” Tongan artist Ebonie Fifita explains.',
        'Different forms are gifted at births and weddings, she adds.',
        '“The practice is intergenerational and communal.”',
        'Press Secretary Jay Carney issued a statement. He stated the following:',
        '"The report is simply false and misleading."',
      ),
    ).toEqual({
      'Ebonie Fifita': ['Each piece takes two rows at a time', 'The practice is intergenerational and communal.'],
      'Jay Carney': ['The report is simply false and misleading.'],
    });
  });

  it('resolves `the minister said` and `the source` to whom the article named with that role or noun', () => {
    expect(
      saidBy(
        'Government minister Huw Merriman came under fire on Tuesday.',
        '“There was an individual there who would report on it,” the minister said.',
        'Another highly placed source alleged that a “deal” had been offered.',
        'According to the source: "That is when the threat was made."',
      ),
    ).toEqual({
      'Huw Merriman': ['There was an individual there who would report on it'],
      'another highly placed source': ['deal', 'That is when the threat was made.'],
    });
  });

  it('resolves `the Mexican president` and `the defense secretary` by how the article titled them, and leaves `the president` of two alone', () => {
    expect(
      saidBy(
        'Mexico’s President Claudia Sheinbaum met President Donald Trump. Secretary of Defense Pete Hegseth and Secretary of State Marco Rubio attended.',
        'The Mexican president, for her part, insisted that “sovereignty comes first.”',
        'The defense secretary told reporters: “We are ready.”',
        '“We will talk,” the president said.',
      ),
    ).toEqual({ 'Claudia Sheinbaum': ['sovereignty comes first.'], 'Pete Hegseth': ['We are ready.'], null: ['We will talk'] });
  });

  it('reads names in apposition and labels before names: `said a neighbour, Mary Jones`, `Conservative MP Robert Jackson wrote:`', () => {
    expect(
      saidBy(
        '"We heard it at midnight," said a neighbour, Mary Jones.',
        '"It was loud," Jones, 54, said.',
        'In a letter, Conservative MP Robert Jackson wrote: "This dispute should receive closure."',
      ),
    ).toEqual({
      'Mary Jones': ['We heard it at midnight', 'It was loud'],
      'Robert Jackson': ['This dispute should receive closure.'],
    });
  });

  it('reads `X was quoted as saying` and `Reuters quoted X as saying`', () => {
    expect(
      saidBy('Ambassador Ronald Tate was quoted as saying the talks were “over.”', 'Reuters quoted Senator Alice Brandt as saying: "We will vote no."'),
    ).toEqual({ 'Ronald Tate': ['over.'], 'Alice Brandt': ['We will vote no.'] });
  });

  it('finds the name after a description set off by commas: `His spokesman, John Doe, said`', () => {
    expect(saidBy('His spokesman, John Doe, said the trip was “cancelled for now.”')).toEqual({ 'John Doe': ['cancelled for now.'] });
  });

  it('does not give a joint statement to one of its authors, but keeps `President and CEO X`', () => {
    expect(
      saidBy(
        'Tom Reyes and Alex Brandt said in a joint statement: "We will not sign."',
        'President and CEO Gary Pruitt described the raid as a “massive and unprecedented intrusion.”',
      ),
    ).toEqual({ null: ['We will not sign.'], 'Gary Pruitt': ['massive and unprecedented intrusion.'] });
  });

  it('does not carry a quote paragraph on to the previous speaker when it names someone new', () => {
    expect(saidBy('"We looked at every option," said Rosa Delgado.', '"This is the end." Marcus Bell left the meeting early.')).toEqual({
      'Rosa Delgado': ['We looked at every option'],
      null: ['This is the end.'],
    });
  });

  it('reads a closing `, X said on Tuesday.` but not a quote in an opening phrase', () => {
    expect(
      saidBy(
        'Commissioner Rosa Delgado spoke to reporters.',
        'The plan, which is “reckless beyond words,” will fail, Delgado said on Tuesday.',
        'Asked about the “menu item” comment, Delgado said she would not respond.',
        'The move, which Delgado described as “historic,” drew criticism from critics who called it “a stunt.”',
      ),
    ).toEqual({ 'Rosa Delgado': ['reckless beyond words', 'historic'], null: ['menu item', 'a stunt.'] });
  });

  it('reads sources with a qualifier and names with particles', () => {
    expect(
      saidBy(
        '“We are watching,” a spokesperson for the embassy said.',
        'Mexican Foreign Minister Juan Ramón de la Fuente said the talks were “productive.”',
      ),
    ).toEqual({ 'a spokesperson for the embassy': ['We are watching'], 'Juan Ramón de la Fuente': ['productive.'] });
  });

  it('does not take a show title or a name in quote marks for speech', () => {
    expect(saidBy('On Tuesday, Kathleen Carroll told MSNBC’s “Morning Joe” that the agency is “distressed” by the news.')).toEqual({
      null: ['Morning Joe'],
      'Kathleen Carroll': ['distressed'],
    });
  });
});

describe('pronouns and surnames', () => {
  it('resolves she to the person of the sentence before', () => {
    expect(
      saidBy(
        '"The bridge is safe," said county engineer Dana Whitfield.',
        'Shop owner Marcus Bell said the closure "could finish off half the businesses."',
        'Whitfield disagreed. She said a footbridge would keep people moving, adding: "Nobody will walk more than five minutes."',
      ),
    ).toEqual({
      'Dana Whitfield': ['The bridge is safe', 'Nobody will walk more than five minutes.'],
      'Marcus Bell': ['could finish off half the businesses.'],
    });
  });

  it('resolves he across a paragraph break, and `her response` to the person named before', () => {
    const said = saidBy(
      'Defence Minister Pete Okoro has been blunt about the shift. In a post on X, he declared: “The border is closed to smugglers.”',
      'He later told interviewers that strikes are “on the table,” adding, “Should there be other options necessary… we will take that on.”',
      'Yet, on the core issue, President Mara Lind has remained defiant. Her response was swift: “There will be no strikes on our soil.”',
    );
    expect(said).toEqual({
      'Pete Okoro': [
        'The border is closed to smugglers.',
        'on the table',
        'Should there be other options necessary… we will take that on.',
      ],
      'Mara Lind': ['There will be no strikes on our soil.'],
    });
  });

  it('names a speaker by the fullest name in the corpus and finds them by surname', () => {
    const book = bookOf('Senator Alice Brandt opposed the bill.', '"It is a mistake," Brandt said.');
    expect(book.findSpeaker('brandt')?.name).toBe('Alice Brandt');
    expect(book.quotesBy('brandt').map((q) => q.text)).toEqual(['It is a mistake']);
  });

  it('does not reach past someone it cannot read for a pronoun', () => {
    expect(saidBy('“This is about fairness,” one senior official told reporters.', 'Hannity remained defiant. He said the tariffs would make America “rich again.”')).toEqual({
      'one senior official': ['This is about fairness'],
      null: ['rich again.'],
    });
  });

  it('prefers the name to the description in `Carney’s finance minister, Dominic LeBlanc, …`', () => {
    expect(saidBy('Carney’s finance minister, Dominic LeBlanc, echoed the sentiment, describing the measures as “a betrayal of a trusted ally.”')).toEqual({
      'Dominic LeBlanc': ['a betrayal of a trusted ally.'],
    });
  });

  it('leaves a pronoun unattributed when two people could be meant', () => {
    const said = saidBy('Tom Reyes and Alex Brandt met on Monday.', 'After Reyes called Brandt, he said the deal was “dead.”');
    expect(said).toEqual({ null: ['dead.'] });
  });
});

describe('what is not attributed', () => {
  it('leaves scare quotes and terms with no speaker unattributed', () => {
    expect(
      saidBy(
        'Fentanyl is now classified as a ‘weapon of mass destruction.’ The campaign is an escalation of the ‘War on Drugs’.',
        'Planners are considering a “shock and awe” strategy, and the plan was described as “reckless” in a report.',
      ),
    ).toEqual({ null: ['weapon of mass destruction.', 'War on Drugs', 'shock and awe', 'reckless'] });
  });

  it('leaves the name a speaker gives a thing unattributed (`what it calls a “blue lane”`)', () => {
    expect(
      saidBy(
        'The Harbour Workers’ Union said its members would stay home.',
        'The port authority plans to open what it calls a “blue lane” for medical supplies, and what officials describe as a “fast track” for food.',
      ),
    ).toEqual({ null: ['blue lane', 'fast track'] });
  });

  it('never reads an apostrophe as a quote mark', () => {
    const book = bookOf('Mexico’s army and Sheinbaum\'s cabinet said the groups’ funds, the ’90s debts and rock ’n’ roll weren’t a problem.');
    expect(book.all()).toEqual([]);
  });

  it('keeps a quote that spans sentences and contains …', () => {
    expect(saidBy('Mayor Ines Okafor said: "We cooperate. We collaborate… but there is not going to be an invasion."')).toEqual({
      'Ines Okafor': ['We cooperate. We collaborate… but there is not going to be an invasion.'],
    });
  });

  it('does not give a group’s words to the one member named as an example', () => {
    expect(
      saidBy(
        'Several senators, including Chairwoman Ada Brennick, have argued that the treaty is ‘dead on arrival.’',
        'Some nominees, like envoy pick Tomas Vidal, hedged: talks should happen “in good faith” with the rebels.',
      ),
    ).toEqual({ null: ['dead on arrival.', 'in good faith'] });
  });

  it('does not attribute what a report or a passive verb says', () => {
    expect(saidBy('The report called the plan “a disaster.” Earlier, the bridge was described as “unsafe” by inspectors.')).toEqual({
      null: ['a disaster.', 'unsafe'],
    });
  });
});

describe('unnamed sources', () => {
  it('quotes unnamed sources and institutions as the text describes them', () => {
    const said = saidBy(
      'A senior Trump administration official pushed back on the idea, insisting the goal is an “all-of-government approach.”',
      'The Defense Department has affirmed its readiness, stating in a statement that it ‘stands ready to execute the orders.’',
      'The ministry insists on talks, as one senior diplomat told Reuters, "Talks are the only way."',
    );
    expect(said).toEqual({
      'a senior Trump administration official': ['all-of-government approach.'],
      'the Defense Department': ['stands ready to execute the orders.'],
      'one senior diplomat': ['Talks are the only way.'],
    });
  });

  it('finds an unnamed source by the words of its description', () => {
    const book = bookOf('"We are watching closely," a senior defence official said.');
    expect(book.findSpeaker('senior official')?.name).toBe('a senior defence official');
  });
});

describe('organisations that speak', () => {
  it('keeps `Friends of the …` and a plural possessive (`Dockworkers’ Union`) inside the name', () => {
    expect(
      saidBy(
        'In a statement, Friends of the Corran River said: “Moving water from one stressed river to another is not a drought plan.”',
        '“Our members did not cause this storm,” the Carrick Sound Dockworkers’ Union said.',
      ),
    ).toEqual({
      'Friends of the Corran River': ['Moving water from one stressed river to another is not a drought plan.'],
      'the Carrick Sound Dockworkers’ Union': ['Our members did not cause this storm'],
    });
  });
});

describe('speaker names', () => {
  it('finds a speaker by surname, full name and an accent-free spelling', () => {
    const book = bookOf('Economy Minister Ana Núñez said prices “will fall by summer.”');
    for (const typed of ['nunez', 'Núñez', 'ana nunez', 'Ana Núñez']) expect(book.findSpeaker(typed)?.name).toBe('Ana Núñez');
    const [speaker, ...others] = book.speakers();
    expect(others).toEqual([]);
    expect(speaker).toMatchObject({ name: 'Ana Núñez', quotes: 1 });
    expect([...speaker!.aliases].sort()).toEqual(['Ana Nunez', 'Nunez', 'Núñez']);
  });

  it('finds a name with a letter that does not decompose (Ł, ø, ß) by its plain spelling', () => {
    const book = bookOf('“We will appeal,” said coach Łukasz Søren.');
    expect(book.findSpeaker('lukasz soren')?.name).toBe('Łukasz Søren');
  });

  it('suggests the closest names for a typo', () => {
    const book = bookOf('"Prices will fall," said Ana Núñez.', '"They will not," said Pedro Alvarado.');
    expect(book.findSpeaker('alvarez')).toBeNull();
    expect(book.suggest('alvarez')[0]).toBe('Pedro Alvarado');
  });
});
