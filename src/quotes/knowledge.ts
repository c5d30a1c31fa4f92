// What an article says about names, gathered before any of its quotes is attributed: which words are
// surnames (of full names, after a title, before a speech verb), which are common words, which
// capitals label a transcript's turns, the full names it uses, and each person's pronoun gender
// (from sentences that name only them).
import type { Passage } from '../corpus/types.ts';
import { familyKey, fold, isCapitalised } from './fold.ts';
import { COMMON_STARTERS, MONTHS_AND_DAYS, ORG_WORDS, PRONOUNS, ROLE_WORDS, SOURCE_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { annotateParagraph, peopleIn, prepareParagraph, type ParagraphInfo } from './paragraph.ts';
import type { Token } from './tokens.ts';
import type { Mention, NameKnowledge } from './mentions.ts';

export interface ArticleKnowledge extends NameKnowledge {
  /** Full names (two words or more) the article uses. */
  fullNames: string[][];
  /** Pronoun gender by folded full name or surname, when the article makes it clear. */
  genderOf(name: string): 'm' | 'f' | undefined;
  genders: ReadonlyMap<string, 'm' | 'f'>;
}

/** What speaker names are made of across the corpus: each article's full names, by source, and the genders it shows. */
export interface CorpusKnowledge {
  fullNames: Map<string, string[][]>;
  /** The gender an article shows for a folded full name or surname. */
  genderOf(source: string, name: string): 'm' | 'f' | undefined;
}

/**
 * What one article says about names, and its paragraphs analysed with it. Only the article's own
 * text counts, so its quotes and speakers never change with what else is loaded.
 */
export function articleKnowledge(passages: readonly Passage[], prepared = passages.map(prepareParagraph)): { know: ArticleKnowledge; paragraphs: ParagraphInfo[] } {
  const common = commonWords(passages);
  const early = earlyPeople(prepared, common);
  const fullNames = fullNamesIn(early);
  const surnames = new Set(fullNames.map(familyKey));
  // `President Trump`, `Mr Merriman`: a title makes a single name a surname too; so does a speech verb (`“…,” Melanie said`).
  for (const para of early) for (const s of para) for (const m of s.people) if (m.kind === 'person' && m.roles?.length) surnames.add(familyKey(m.name));
  for (const para of prepared) for (const s of para.sentences) for (const w of namesBySpeechVerbs(s.tokens, common)) surnames.add(w);
  const labels = speakerLabels(passages);
  const know: NameKnowledge = { isKnownSurname: (w) => surnames.has(w), isCommonWord: (w) => common.has(w), isSpeakerLabel: (w) => labels.has(w) };
  // A sentence whose early reading asked about no word that turned out a surname reads the same now.
  const paragraphs = prepared.map((para, i) => annotateParagraph(para, know, early[i]!.map((s) => (s.asked.some((w) => surnames.has(w)) ? undefined : s.people))));
  const genders = collectGenders(paragraphs);
  return { know: { ...know, fullNames, genders, genderOf: (s) => genders.get(s) }, paragraphs };
}

/**
 * The full names (two words or more) an article's paragraphs use, read as `articleKnowledge` does:
 * all that an article without a quote adds to what the corpus knows (its genders are asked about
 * only for its own quotes).
 */
export function fullNamesOf(passages: readonly Passage[], prepared: readonly ParagraphInfo[]): string[][] {
  return fullNamesIn(earlyPeople(prepared, commonWords(passages)));
}

function fullNamesIn(early: readonly { people: Mention[] }[][]): string[][] {
  return early.flatMap((para) => para.flatMap((s) => s.people.filter((m) => m.kind === 'person' && m.name.length > 1).map((m) => m.name)));
}

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}'’@#_-])\p{Ll}[\p{L}\p{M}]*/gu;

/** Words the article writes in lower case somewhere, folded. */
function commonWords(passages: readonly Passage[]): Set<string> {
  const written = new Set<string>();
  for (const p of passages) for (const w of p.text.match(LOWER_CASE_WORD) ?? []) written.add(w);
  const common = new Set<string>();
  for (const w of written) common.add(fold(w));
  return common;
}

/**
 * Each sentence's people read before any surname is known (for the article's full names), and the
 * words that reading asked about as surnames: only if one of them turns out to be one can the
 * reading with all the article knows differ.
 */
function earlyPeople(prepared: readonly ParagraphInfo[], common: ReadonlySet<string>): { people: Mention[]; asked: string[] }[][] {
  let asked: string[] = [];
  const first: NameKnowledge = { isKnownSurname: (w) => (asked.push(w), false), isCommonWord: (w) => common.has(w), isSpeakerLabel: () => false };
  return prepared.map((para) =>
    para.sentences.map((s) => {
      asked = [];
      return { people: peopleIn(s.tokens, first), asked };
    }),
  );
}

/**
 * Counts he/she after a sentence whose subject is a person and that names no one else, in it and in
 * the next sentence if that names nobody; `Mr`/`Ms` in the name count too. A name that is only a
 * modifier (`In a Honolulu Star-Advertiser report, she …`) is no subject and gets no votes.
 */
function collectGenders(paragraphs: readonly ParagraphInfo[]): Map<string, 'm' | 'f'> {
  const votes = new Map<string, { m: number; f: number }>();
  for (const para of paragraphs) {
    para.sentences.forEach((s, i) => {
      const subject = s.subject;
      if (subject?.kind !== 'person') return;
      const surname = familyKey(subject.name);
      if (s.people.some((m) => m.kind === 'person' && familyKey(m.name) !== surname)) return;
      const next = para.sentences[i + 1];
      const after = [...s.tokens.slice(subject.last + 1), ...(next && next.people.length === 0 ? next.tokens : [])];
      const titles = s.tokens.slice(subject.first, subject.last).map((t) => TITLE_GENDER.get(t.text.toLowerCase().replace(/\.$/, '')));
      // Under the full name too: `Gordon Hale` and `Sophie Hale` share a surname, not a pronoun.
      const keys = subject.name.length > 1 ? [surname, fold(subject.name.join(' '))] : [surname];
      for (const key of keys) {
        const tally = votes.get(key) ?? { m: 0, f: 0 };
        for (const g of [...titles, ...after.map((t) => PRONOUNS.get(t.text.toLowerCase()))]) if (g === 'm' || g === 'f') tally[g]++;
        votes.set(key, tally);
      }
    });
  }
  const genders = new Map<string, 'm' | 'f'>();
  for (const [surname, { m, f }] of votes) if (m !== f) genders.set(surname, m > f ? 'm' : 'f');
  return genders;
}

const TITLE_GENDER = new Map<string, 'm' | 'f'>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
]);

/** A speech verb in the past or present (`said`, `says`, `told`, `wrote`, `repeated`): after a name, it reports. */
const isNamingVerb = (w: string): boolean => SPEECH_VERBS.has(w) && /(?:ed|said|says|told|wrote)$/.test(w);

/**
 * Single capitalised words the article puts right before a speech verb (`“…,” Melanie said`,
 * `Trump told`, `Núñez repeated`) at a clause's start, or alone after one (`“…,” said Graham.`): names, unless the article also writes them in
 * lower case or they are words that open sentences, titles, organisations, months or days.
 */
function namesBySpeechVerbs(tokens: readonly Token[], common: ReadonlySet<string>): string[] {
  const names: string[] = [];
  const opensClause = (t: Token | undefined) => !t || t.kind === 'quote' || t.text === ',' || /^(?:and|but)$/.test(t.text);
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isCapitalised(t.text)) return;
    const before = isNamingVerb(tokens[i + 1]?.text ?? '') && opensClause(tokens[i - 1]);
    // `“…,” said Graham.`: the name alone between the verb and the sentence's end or a comma.
    const after = isNamingVerb(tokens[i - 1]?.text ?? '') && opensClause(tokens[i - 2]) && (!tokens[i + 1] || tokens[i + 1]!.kind === 'punct');
    if (!before && !after) return;
    const w = fold(t.text);
    const excluded = [PRONOUNS, ROLE_WORDS, ORG_WORDS, MONTHS_AND_DAYS, COMMON_STARTERS, SOURCE_NOUNS].some((set) => set.has(w));
    if (!common.has(w) && !excluded) names.push(w);
  });
  return names;
}

/** `“PENCE: …`: capitals and a colon opening two quoted paragraphs or more are a transcript's speaker labels. */
function speakerLabels(passages: readonly Passage[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of passages) {
    const label = /^["“]\s*((?:\p{Lu}[\p{Lu}'’.-]*\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s/u.exec(p.text)?.[1];
    if (label) counts.set(fold(label), (counts.get(fold(label)) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
}
