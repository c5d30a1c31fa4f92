// Word lists the attribution rules read. General English news vocabulary, nothing from any one article.

import { DAYS, MONTH_WORDS, TITLES } from '../text/vocabulary.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Every title abbreviation from the text kit's table, with and without its stop (`sgt`, `sgt.`). */
const TITLE_ROLE_WORDS = TITLES.flatMap((t) => t.short.flatMap((s) => [s, `${s}.`]));

/** Every form of the verbs that report speech (`said`, `telling`, `declared`). */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding state states stated stating
  declare declares declared declaring remark remarks remarked remarking concede concedes conceded conceding
  insist insists insisted insisting argue argues argued arguing warn warns warned warning
  note notes noted noting explain explains explained explaining write writes wrote writing
  tweet tweets tweeted tweeting posted reply replies replied replying respond responds responded responding
  ask asks asked asking answer answers answered answering acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting claim claims claimed claiming announce announces announced announcing
  describe describes described describing call calls called calling dub dubs dubbed dubbing
  brand brands branded branding term terms termed label labels labeled labelled labeling labelling
  blast blasts blasted blasting affirm affirms affirmed affirming reiterate reiterates reiterated reiterating
  repeat repeats repeated repeating vow vows vowed vowing promise promises promised promising
  urge urges urged urging hedge hedges hedged hedging predict predicts predicted predicting
  recall recalls recalled recalling quip quips quipped quipping joke jokes joked joking
  complain complains complained complaining caution cautions cautioned cautioning observe observes observed
  emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
  stress stresses stressed stressing contend contends contended contending maintain maintains maintained
  assert asserts asserted asserting testify testifies testified testifying counter counters countered
  boast boasts boasted boasting conclude concludes concluded confirm confirms confirmed confirming
  deny denies denied denying retort retorts retorted shout shouts shouted exclaim exclaimed whisper whispered
  plead pleads pleaded pledge pledges pledged accuse accuses accused accusing praise praised praising
  criticize criticized criticizing criticise criticised slam slams slammed slamming decry decried
  lament laments lamented mention mentions mentioned recount recounted characterize characterized
  characterise characterised dismiss dismisses dismissed dismissing scoff scoffed mock mocked mocking
  demand demands demanded demanding agree agreed agrees disagree disagreed allege alleges alleged alleging
  sing sings sang singing chant chants chanted chanting
`);

/** Verbs that report speech only with a following particle: `put it`, `pointed out`. */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['put', 'it'],
  ['puts', 'it'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['point', 'out'],
]);

/** After these, `call` does not report speech (`called for talks`, `called on Congress`). */
export const CALL_PARTICLES = words('for on off up in back');

/** Nouns that report speech when someone owns them: `Rubio’s statement`, `her response`. */
export const SPEECH_NOUNS = words(`
  statement statements words response responses remarks remark comment comments message reply answer
  warning tweet post claim promise vow pledge argument testimony retort quip declaration announcement
  assessment explanation verdict plea characterization description view
`);

/** Nouns that name their speaker with `from`: `a quote from X`, `a statement from X`. */
export const FROM_NOUNS = words('quote quotes statement statements comment comments message response remarks reply warning testimony words letter note');

/** Verbs whose object is the speaker: `the story quoted Gov. Kim Reynolds`. */
export const QUOTING_VERBS = words('quoted quoting quotes');

/** Verbs that attribute only right after a quote (`“…,” she continued`): elsewhere they mean something else. */
export const AFTER_QUOTE_VERBS = words('continued continues laughed laughs sighed sighs offered');

/** Heads of unnamed sources: `a senior official`, `the Defense Department`, `one former aide`. */
export const SOURCE_NOUNS = words(`
  official officials spokesperson spokespeople spokesman spokeswoman spokesmen source sources aide aides
  adviser advisers advisor advisors diplomat diplomats officer insider insiders person people
  representative representatives staffer staffers strategist negotiator envoy commander
  department ministry agency office embassy government administration secretariat military police
  prosecutor prosecutors lawmaker lawmakers legislator senator congressman congresswoman
  reporter journalist correspondent employee worker resident witness neighbour neighbor student teacher
  doctor nurse analyst expert economist researcher scientist lawyer attorney engineer soldier farmer
  voter member owner manager executive director investigator inspector detective diplomat minister
  survivor victim relative parent mother father activist organiser organizer protester volunteer
`);

/** Titles and roles that precede a name and are not part of it. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([...TITLE_ROLE_WORDS, ...words(`
  president vice secretary minister prime chairman chairwoman chair senator representative
  governor mayor commissioner director chief judge justice general admiral colonel
  lieutenant captain sergeant major ambassador envoy spokesman spokeswoman spokesperson
  adviser advisor engineer owner resident founder ceo executive head leader deputy speaker attorney
  prosecutor sheriff councillor councilman councilwoman superintendent principal professor
  miss sir dame lord lady king queen prince princess pope bishop coach analyst
  economist researcher scientist doctor nurse teacher student manager chancellor premier commander pick
  nominee candidate lawmaker legislator congressman congresswoman delegate activist official expert
  author journalist reporter editor columnist host anchor historian lawyer dean treasurer clerk auditor
  officer commissioner inspector detective agent pastor rabbi imam cardinal chairperson administrator councilmember
  worker farmer driver mother father son daughter wife husband sister brother
  mp mep msp cfo coo cto
  correspondent presenter producer spokesperson secretary-general president-elect counsel solicitor
  barrister magistrate registrar comptroller ombudsman coordinator
  player artist singer actor actress writer poet entrepreneur businessman businesswoman fisherman pilot
  chef designer architect photographer filmmaker musician athlete striker referee strategist consultant
  pollster commentator pundit blogger podcaster sociologist lecturer scholar fellow physician surgeon
  epidemiologist virologist psychologist psychiatrist therapist veteran survivor neighbour neighbor
  landlord tenant shopkeeper vendor trader investor banker boss cofounder co-founder rapper comedian
  dancer champion challenger incumbent hopeful advocate campaigner protester organizer organiser
  owner operator instructor trainer principal superintendent pastor priest nun monk cleric
`)]);

/** Party and affiliation words written before a name (`Republican Donald Trump`): descriptors, not part of it. */
export const DESCRIPTORS = words(`
  republican republicans democrat democrats democratic gop conservative liberal labour tory progressive
  libertarian socialist independent centrist
`);

/** Capitalised words that make a run an organisation, place or thing rather than a person. */
export const ORG_WORDS = words(`
  department ministry office house command committee council agency administration government party
  senate congress court university institute bank group association union corporation company foundation
  service services bureau commission board organization organisation organizations nations republic kingdom
  states news times post journal press network review magazine street avenue road hill force forces
  army navy marines guard police pentagon cartel center centre hospital school college church club team
  fund reserve treasury parliament assembly cabinet embassy consulate airlines inc ltd llc corp media
  television tv radio channel authority coalition alliance federation operations operation order act
  hemisphere capitol county city state province district region island islands river bridge park
  program programme project plan report council times tribune herald gazette daily weekly
`);

/** Pronouns a speaker may be named by, with their gender when they have one. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n'> = new Map([
  ['he', 'm'],
  ['his', 'm'],
  ['him', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
  ['it', 'n'],
  ['its', 'n'],
]);

/** Determiners that open an unnamed-source phrase (`a senior official`, `one former aide`). */
export const DETERMINERS = words('a an the one another this that two three several some many four five');

/** Words that may sit between a subject and its speech verb (`Trump himself has repeatedly said`). */
export const VERB_FILLERS = words(`
  has have had will would could can may might must should shall did does do also later then
  again once still just already never not now first himself herself itself themselves further
  publicly privately flatly repeatedly recently previously reportedly personally quietly bluntly simply
  since long often always frequently consistently ever even too however
`);

/** Forms of `be`: after them a speech verb is passive (`was described as`), and the subject is not the speaker. */
export const BE_FORMS = words('is are was were be been being');

/** Words that open an introductory phrase before a sentence's subject (`During a news conference,`). */
export const INTRO_WORDS = words(`
  during in on at after before back since when while although though despite yet however but and so
  still meanwhile later earlier asked speaking following amid under over among for from with last
  instead indeed moreover furthermore separately elsewhere today yesterday overall ultimately finally
  until by throughout
`);

/** Adverbs and conjunctions that may open a sentence without a comma (`Even some nominees …`). */
export const LEADING_ADVERBS = words('even and but yet so still also now then only indeed');

/** Capitalised words that, at the start of a sentence, are not names. */
export const COMMON_STARTERS = words(`
  the a an this that these those it its top senior former many some several other others most both all
  each every no critics officials sources experts analysts supporters opponents residents lawmakers
  democrats republicans americans even also yet but and so still however meanwhile later earlier now
  then such here there what when while if as in on at for from with by after before during since
  despite under over among back asked speaking following according his her their our my your we they
  he she i you one two three
`);

/** Appositive openers that name one member of a group subject (`Top Republicans, including Jim Jordan,`). */
export const EXAMPLE_WORDS = words('including like notably such among');

/** Clause openers: a speech verb before one of these does not reach a quote after it. */
export const CLAUSE_BREAKS = words('while whereas although though but');

/** Phrases after a source noun that still belong to it (`a person familiar with the matter`). */
export const SOURCE_POSTMODIFIERS = ['familiar with', 'close to', 'with knowledge of', 'briefed on', 'involved in', 'for', 'at', 'of', 'from', 'in'];

/** Months, days and their neighbours, from the text kit: capitalised, never a speaker (`said Tuesday`). */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTH_WORDS, ...DAYS, 'today', 'tonight', 'yesterday']);

/** Titles that name the same job: `the judge` refers back to `Mrs Justice Okafor`. */
const SAME_ROLE: readonly string[][] = [
  ['judge', 'justice'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['chairman', 'chairwoman', 'chair'],
  ['councillor', 'councilman', 'councilwoman'],
  ['adviser', 'advisor'],
];

export function sameRole(a: string, b: string): boolean {
  return a === b || SAME_ROLE.some((group) => group.includes(a) && group.includes(b));
}
