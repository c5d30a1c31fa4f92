// A passage's index terms per field, as the in-process index counts them (`indexTerms` of the index builder): distinct
// terms, their counts and the field's length, for the PostgreSQL source's columns and its BM25.
import { indexTerms } from '../index-builder.ts';
import type { Passage } from '../../corpus/types.ts';

export interface FieldTerms {
  terms: string[];
  tfs: number[];
  len: number;
}

export interface PassageTerms {
  text: FieldTerms;
  heading: FieldTerms;
  title: FieldTerms;
}

const MAX_INT2 = 32767;

/** `seen` hears each word's term with the text as written (for the term table's first written form). */
export function fieldTerms(text: string | null, seen?: (term: string, written: string) => void): FieldTerms {
  if (!text) return { terms: [], tfs: [], len: 0 };
  const all = indexTerms(text, seen);
  const counts = new Map<string, number>();
  for (const t of all) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { terms: [...counts.keys()], tfs: [...counts.values()].map((n) => Math.min(n, MAX_INT2)), len: Math.min(all.length, MAX_INT2) };
}

export function passageTerms(p: Passage, seen?: (term: string, written: string) => void): PassageTerms {
  return { text: fieldTerms(p.text, seen), heading: fieldTerms(p.heading, seen), title: fieldTerms(p.title, seen) };
}
