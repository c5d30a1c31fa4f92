// Public offices and the ways English-language news and its readers name them: the title a story
// writes before a name (`Defense Secretary Pete Hegseth`) and the phrases a reader uses instead of
// the name (`the Pentagon chief`, `America's top diplomat`). Compiled from common knowledge of news
// usage (AP style titles, the usual headline shorthands such as `top diplomat`, `spy chief`, and the
// British and other national equivalents: `defence secretary`, `foreign minister`). General data,
// not drawn from any corpus; who holds each office is read from the corpus itself (`role-holders.ts`).
// Format, one office a line: `name, other name…`, the first the usual one. A name marked `~` is too
// loose to be a title before a name (`opposition leader X`, `party boss X`): it is understood in a
// question, and read in an article only right after a country or its demonym (`Venezuelan leader X`).
// `The country's leader`, `Mexico's president`: the qualifier is read by `query/roles.ts`, not listed here.

export const ROLES = `
president, ~leader, ~head of state, ~commander in chief
vice president, vice-president, veep
prime minister, premier, ~head of government
chancellor
secretary of defense, defense secretary, defence secretary, secretary of defence, pentagon chief, defense chief, defence chief, war secretary, secretary of war, defense minister, defence minister, minister of defense, minister of defence
secretary of state, top diplomat, chief diplomat, foreign minister, foreign secretary, minister of foreign affairs, foreign affairs minister
attorney general, justice minister, minister of justice, top law enforcement officer
treasury secretary, secretary of the treasury, finance minister, minister of finance, chancellor of the exchequer
homeland security secretary, secretary of homeland security, dhs secretary, interior minister, home secretary
national security adviser, national security advisor
health secretary, secretary of health, health minister, minister of health
commerce secretary, secretary of commerce, trade minister
energy secretary, secretary of energy, energy minister
chief of staff, white house chief of staff
press secretary, white house press secretary
spokesman, spokeswoman, spokesperson
director of national intelligence, intelligence chief, spy chief
cia director, cia chief
fbi director, fbi chief
chairman of the joint chiefs, chairman of the joint chiefs of staff, joint chiefs chairman, top general, top military officer
central bank chief, central bank chair, central bank governor, fed chair, fed chairman, fed chief, federal reserve chair, federal reserve chairman
secretary general, secretary-general, un chief
speaker, house speaker, speaker of the house
chief justice
governor
mayor
senator
ceo, chief executive, chief executive officer, ~boss, ~head of the company
supreme leader
king, monarch
queen
queen consort
pope, pontiff
first lady
`;
