// Splits text into words with their offsets and turns each into its index term: folded, stop words
// dropped, Porter-stemmed; dotted and all-capital acronyms kept whole (`U.S.` and `US` → `us`).
// Also the pattern that splits a clause into words and punctuation, titles kept whole (`Sgt.`).
import { stemmer } from 'stemmer';
import { fold } from './fold.ts';
import { STOP_WORDS } from './stopwords.ts';
import { ABBREVIATION_ALIASES } from './acronyms.ts';
import { NAME_SHORT_FORMS, TITLE_SHORT_FORMS } from './vocabulary.ts';

export interface Token {
  /** The word as written. */
  text: string;
  /** Offsets of `text` in the source string. */
  start: number;
  end: number;
  /** Index term, or null for a stop word. */
  term: string | null;
}

// A dotted acronym (U.S., C.I.A, e.g.), a number with separators (1,300 / 4.5), or a word with
// inner apostrophes (Mexico's, don't). Hyphens and dashes split words.
const WORD = /\p{L}(?:\.\p{L})+\.?|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const ACRONYM_CAPS = /^\p{Lu}{2,5}$/u;
const DOTTED = /^\p{L}(?:\.\p{L})+\.?$/u;
const POSSESSIVE = /['’]s$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    tokens.push({ text: word, start: m.index, end: m.index + word.length, term: termOf(word) });
  }
  return tokens;
}

// Words repeat far more than they vary: remembering each word's term makes indexing several times faster.
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 500_000;

/** The index term of one written word, or null when it carries no topic. */
export function termOf(word: string): string | null {
  let term = memo.get(word);
  if (term === undefined) {
    term = computeTerm(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, term);
  }
  return term;
}

function computeTerm(word: string): string | null {
  // `U.S.` is a name; `p.m.`, `e.g.` are not (`p.m.` must not read as the PM).
  if (DOTTED.test(word)) return /\p{Lu}/u.test(word) ? acronym(word.replaceAll('.', '')) : null;
  if (ACRONYM_CAPS.test(word)) return acronym(word);
  const folded = fold(word).replace(POSSESSIVE, '').replaceAll('’', "'");
  if (STOP_WORDS.has(folded) || folded.length === 0) return null;
  if (/^\p{N}/u.test(folded)) return folded.replace(/,/g, '');
  return stemmer(folded.replaceAll("'", ''));
}

function acronym(word: string): string {
  const key = fold(word);
  return ABBREVIATION_ALIASES[key] ?? key;
}

/** Index terms of a text, in order, stop words left out. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(text)) if (t.term) terms.push(t.term);
  return terms;
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Words and punctuation of a clause, for reading who says what: dotted acronyms (`U.S.`), titles
 * and name short forms from the vocabulary table with their stop (`Sgt.`, `Det.`, `Jr.`) and middle
 * initials are one word each, so their full stop is never read as punctuation.
 */
export const CLAUSE_TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S., U.N.
    String.raw`(?:${[...TITLE_SHORT_FORMS, ...NAME_SHORT_FORMS].map(capitalised).join('|')})\.`,
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // a middle initial
    String.raw`[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-](?=[\p{L}\p{N}]))*(?:['’](?![\p{L}\p{N}]))?`,
    String.raw`\.{3}|[,;:!?.…()\[\]—–―]|-{1,2}`, // ― (U+2015) credits a quote: `“…” ― Name`
  ].join('|'),
  'gu',
);
