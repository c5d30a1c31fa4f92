// Abbreviation variants: where a text spells out a phrase from the table (`United States`), its
// abbreviation (`us`) is added as a term, so `US`, `U.S.` and `United States` all meet on one term.
import { ABBREVIATIONS } from '../data/abbreviations.ts';
import { termsOf } from './tokens.ts';

interface Phrase {
  terms: string[];
  abbreviation: string;
}

let byFirstTerm: Map<string, Phrase[]> | undefined;

function phrases(): Map<string, Phrase[]> {
  if (byFirstTerm) return byFirstTerm;
  byFirstTerm = new Map();
  for (const [abbreviation, spelled] of Object.entries(ABBREVIATIONS)) {
    for (const phrase of spelled) {
      const terms = termsOf(phrase);
      const list = byFirstTerm.get(terms[0]!) ?? [];
      list.push({ terms, abbreviation });
      byFirstTerm.set(terms[0]!, list);
    }
  }
  return byFirstTerm;
}

/** Each abbreviation whose spelled-out phrase occurs in a term sequence, with where it starts. */
export function abbreviationsIn(terms: readonly string[]): { abbreviation: string; at: number }[] {
  const found = new Map<string, number>();
  const table = phrases();
  terms.forEach((term, i) => {
    for (const p of table.get(term) ?? []) {
      if (!found.has(p.abbreviation) && p.terms.every((t, k) => terms[i + k] === t)) found.set(p.abbreviation, i);
    }
  });
  return [...found].map(([abbreviation, at]) => ({ abbreviation, at }));
}

/** Every index term of a text: its words' terms plus the abbreviations of phrases it spells out. */
export function indexTerms(text: string): string[] {
  const terms = termsOf(text);
  return terms.concat(abbreviationsIn(terms).map((a) => a.abbreviation));
}
