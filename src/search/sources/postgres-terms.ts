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

export function fieldTerms(text: string | null): FieldTerms {
  if (!text) return { terms: [], tfs: [], len: 0 };
  const all = indexTerms(text);
  const counts = new Map<string, number>();
  for (const t of all) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { terms: [...counts.keys()], tfs: [...counts.values()].map((n) => Math.min(n, MAX_INT2)), len: Math.min(all.length, MAX_INT2) };
}

export function passageTerms(p: Passage): PassageTerms {
  return { text: fieldTerms(p.text), heading: fieldTerms(p.heading), title: fieldTerms(p.title) };
}
