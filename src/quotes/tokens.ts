// Turns a sentence into tokens for the attribution rules: words, punctuation, and each quote as one
// opaque token, so words inside a quote are never read as names or speech verbs.
import { CLAUSE_TOKEN } from '../text/tokens.ts';
import type { QuoteSpan } from './spans.ts';

export interface Token {
  kind: 'word' | 'punct' | 'quote';
  text: string;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  /** For a quote token: the index of its span in the paragraph's span list. */
  span?: number;
}


/** Tokens of `text[from, to)`, with every span inside that stretch as a single quote token. */
export function tokenize(text: string, spans: readonly QuoteSpan[], from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let at = from;
  spans.forEach((span, index) => {
    if (span.start < from || span.start >= to) return;
    tokens.push(...plainTokens(text, at, span.start));
    tokens.push({ kind: 'quote', text: text.slice(span.start, span.end), start: span.start, end: span.end, span: index });
    at = span.end;
  });
  tokens.push(...plainTokens(text, at, to));
  return tokens;
}

/** The kit's pattern, our own copy: stepped through with `exec` (`matchAll` would copy the pattern at every call). */
const CLAUSE = new RegExp(CLAUSE_TOKEN.source, CLAUSE_TOKEN.flags);

function plainTokens(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const stretch = text.slice(from, to);
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(stretch); m !== null; m = CLAUSE.exec(stretch)) {
    const kind = startsWord(m[0]) ? 'word' : 'punct';
    const start = from + m.index;
    tokens.push({ kind, text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** The token starts with a letter or a digit (for ASCII, read from its character code). */
function startsWord(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{N}]/u.test(token);
}

/** `Mexico’s` → `Mexico`, `groups’` → `groups`; null when the word is not possessive. */
export function possessiveBase(word: string): string | null {
  // Most words end in none of `s`, `'`, `’`: no regular expression for them.
  const last = word.charAt(word.length - 1);
  if (last !== 's' && last !== "'" && last !== '’') return null;
  const m = /^(.+?)(?:['’]s|(?<=s)['’])$/u.exec(word);
  return m ? m[1]! : null;
}
