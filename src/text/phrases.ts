// Abbreviation variants: where a text spells out a phrase from the table (`United States`), its
// abbreviation (`us`) is added as a term, so `US`, `U.S.` and `United States` all meet on one term.
import { ABBREVIATIONS } from './acronyms.ts';
import { termsOf, tokenize, type Token } from './tokens.ts';

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
  for (const m of phraseMatches(terms)) if (!found.has(m.abbreviation)) found.set(m.abbreviation, m.at);
  return [...found].map(([abbreviation, at]) => ({ abbreviation, at }));
}

function phraseMatches(terms: readonly string[]): { abbreviation: string; at: number; length: number }[] {
  const out: { abbreviation: string; at: number; length: number }[] = [];
  const table = phrases();
  terms.forEach((term, i) => {
    for (const p of table.get(term) ?? []) {
      if (p.terms.every((t, k) => terms[i + k] === t)) out.push({ abbreviation: p.abbreviation, at: i, length: p.terms.length });
    }
  });
  return out;
}

/**
 * The words of a text, plus one token per spelled-out phrase that stands for an abbreviation
 * (`United States` with term `us`), so matches on the abbreviation can be found and emphasised.
 */
export function tokensWithPhrases(text: string): Token[] {
  const tokens = tokenize(text);
  const content = tokens.filter((t) => t.term !== null);
  const extra = phraseMatches(content.map((t) => t.term!)).map(({ abbreviation, at, length }) => {
    const first = content[at]!;
    const last = content[at + length - 1]!;
    return { text: text.slice(first.start, last.end), start: first.start, end: last.end, term: abbreviation };
  });
  return extra.length === 0 ? tokens : [...tokens, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
}
