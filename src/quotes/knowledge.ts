// What the whole corpus says about names, gathered before any quote is attributed: which words are
// surnames of full names, which are common words, the full names each article uses, and each
// person's pronoun gender (from sentences that name only them).
import type { Corpus } from '../corpus/types.ts';
import { fold } from './fold.ts';
import { PRONOUNS } from './lexicon.ts';
import type { NameKnowledge } from './mentions.ts';
import { analyseParagraph, type ParagraphInfo } from './paragraph.ts';

export interface CorpusKnowledge extends NameKnowledge {
  /** Full names (two words or more) seen in each article, by source. */
  fullNames: Map<string, string[][]>;
  /** Pronoun gender by folded surname, when the text makes it clear. */
  genderOf(surname: string): 'm' | 'f' | undefined;
}

/** The knowledge, and every paragraph analysed with it (in corpus order). */
export function gatherKnowledge(corpus: Corpus): { know: CorpusKnowledge; paragraphs: ParagraphInfo[] } {
  const common = new Set<string>();
  for (const p of corpus.passages) {
    for (const w of p.text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu) ?? []) common.add(fold(w));
  }
  const surnames = new Set<string>();
  const first: NameKnowledge = { isKnownSurname: () => false, isCommonWord: (w) => common.has(w) };
  const fullNames = collectFullNames(corpus.passages.map((p) => analyseParagraph(p, first)));
  for (const names of fullNames.values()) for (const n of names) surnames.add(fold(n[n.length - 1]!));
  const know: NameKnowledge = { isKnownSurname: (w) => surnames.has(w), isCommonWord: (w) => common.has(w) };
  const paragraphs = corpus.passages.map((p) => analyseParagraph(p, know));
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

/** Counts he/she after a sentence that names exactly one person, in it and in the next sentence if that names nobody. */
function collectGenders(paragraphs: readonly ParagraphInfo[]): Map<string, 'm' | 'f'> {
  const votes = new Map<string, { m: number; f: number }>();
  for (const para of paragraphs) {
    para.sentences.forEach((s, i) => {
      const people = s.people.filter((m) => m.kind === 'person');
      const surnames = new Set(people.map((m) => fold(m.name[m.name.length - 1]!)));
      if (surnames.size !== 1) return;
      const [surname] = surnames;
      const tally = votes.get(surname!) ?? { m: 0, f: 0 };
      const next = para.sentences[i + 1];
      const words = [...s.tokens.slice(people[0]!.last + 1), ...(next && next.people.length === 0 ? next.tokens : [])];
      for (const t of words) {
        const g = PRONOUNS.get(t.text.toLowerCase());
        if (g === 'm' || g === 'f') tally[g]++;
      }
      votes.set(surname!, tally);
    });
  }
  const genders = new Map<string, 'm' | 'f'>();
  for (const [surname, { m, f }] of votes) if (m !== f) genders.set(surname, m > f ? 'm' : 'f');
  return genders;
}
