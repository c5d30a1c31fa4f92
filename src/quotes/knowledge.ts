// What the whole corpus says about names, gathered before any quote is attributed: which words are
// surnames of full names, which are common words, the full names each article uses, and each
// person's pronoun gender (from sentences that name only them).
import type { Corpus } from '../corpus/types.ts';
import { familyKey, fold } from './fold.ts';
import { PRONOUNS } from './lexicon.ts';
import type { NameKnowledge } from './mentions.ts';
import { annotateParagraph, peopleIn, prepareParagraph, type ParagraphInfo } from './paragraph.ts';

export interface CorpusKnowledge extends NameKnowledge {
  /** Full names (two words or more) seen in each article, by source. */
  fullNames: Map<string, string[][]>;
  /** Pronoun gender by folded full name or surname, when the text makes it clear. */
  genderOf(name: string): 'm' | 'f' | undefined;
}

/** The knowledge, and every paragraph analysed with it (in corpus order). */
export function gatherKnowledge(corpus: Corpus): { know: CorpusKnowledge; paragraphs: ParagraphInfo[] } {
  const lowerCase = new Set<string>();
  for (const p of corpus.passages) for (const w of p.text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu) ?? []) lowerCase.add(w);
  const common = new Set([...lowerCase].map(fold));
  const surnames = new Set<string>();
  const first: NameKnowledge = { isKnownSurname: () => false, isCommonWord: (w) => common.has(w) };
  const prepared = corpus.passages.map(prepareParagraph);
  const people = prepared.map((para) => ({ ...para, sentences: para.sentences.map((s) => ({ ...s, people: peopleIn(s.tokens, first) })) }));
  const fullNames = collectFullNames(people);
  for (const names of fullNames.values()) for (const n of names) surnames.add(familyKey(n));
  // `President Trump`, `Mr Merriman`: a title makes a single name a surname too.
  for (const para of people) for (const s of para.sentences) for (const m of s.people) if (m.kind === 'person' && m.roles?.length) surnames.add(familyKey(m.name));
  const know: NameKnowledge = { isKnownSurname: (w) => surnames.has(w), isCommonWord: (w) => common.has(w) };
  const paragraphs = prepared.map((para) => annotateParagraph(para, know));
  const genders = collectGenders(paragraphs);
  return { know: { ...know, fullNames, genderOf: (s) => genders.get(s) }, paragraphs };
}

function collectFullNames(paragraphs: readonly ParagraphInfo[]): Map<string, string[][]> {
  const names = new Map<string, string[][]>();
  for (const para of paragraphs) {
    const list = names.get(para.passage.source) ?? [];
    for (const s of para.sentences) for (const m of s.people) if (m.kind === 'person' && m.name.length > 1) list.push(m.name);
    names.set(para.passage.source, list);
  }
  return names;
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
