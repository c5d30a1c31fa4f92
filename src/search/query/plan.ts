// The shape of an analysed question: the user's words, the terms each reaches (itself, its typo
// and prefix variants, its expansions), and the kind of answer asked for.

/** Where an expansion came from; `word` is the user's own word. */
export type TermKind =
  | 'word'
  | 'abbreviation'
  | 'synonym'
  | 'derivation'
  | 'related'
  | 'place'
  | 'vocabulary'
  | 'role';

export interface QueryTerm {
  /** Index term (folded, stemmed). */
  term: string;
  /** Relative weight: 1 for the user's words, less for expansions. */
  weight: number;
  kind: TermKind;
  /** How the term reads in an explanation (`fear`). */
  label: string;
}

/** One user word (or phrase) and everything that stands for it; a passage scores its best member. */
export interface TermGroup {
  /** The user's word (or phrase) as typed. */
  source: string;
  terms: QueryTerm[];
  /** Also match index terms within a few edits (long words only). */
  fuzzy: boolean;
  /** Also match index terms that start with this word (the question's last word). */
  prefix: boolean;
}

/** What a question word asks for: a quantity, a time, a person. */
export type AnswerKind = 'number' | 'date' | 'timing' | 'person' | 'place' | 'reason' | 'definition';

export interface QueryPlan {
  groups: TermGroup[];
  hints: AnswerKind[];
  /** Index terms of the question's grammatical subject (`cartels` in "How have the cartels reacted?"). */
  subject: string[];
  /** The question as asked, for sources that read it whole (passage vectors). */
  question?: string;
  /** Its quoted phrases of two words or more, folded words: passages must hold them as written. */
  phrases?: string[][];
}

/** Adds an expansion to a group unless the group already reaches that term at a higher weight. */
export function addTerm(group: TermGroup, term: QueryTerm): void {
  const existing = group.terms.find((t) => t.term === term.term);
  if (!existing) group.terms.push(term);
  else if (existing.weight < term.weight) Object.assign(existing, term);
}

/**
 * Makes the groups of a phrase's words one group (`TV channel`): a passage naming the thing the
 * phrase means covers the whole phrase, and one that has only `channel` covers no more of it.
 */
export function mergePhrase(plan: QueryPlan, host: TermGroup, terms: readonly string[]): void {
  for (const group of plan.groups.filter((g) => g !== host && terms.includes(g.terms[0]!.term))) {
    for (const t of group.terms) addTerm(host, t);
    host.source = `${host.source} ${group.source}`;
    plan.groups.splice(plan.groups.indexOf(group), 1);
  }
}
