// Merges the same quote reported in several places into one entry that lists every place. A shorter
// form (a fragment, a version cut with `…`, other punctuation or quote marks) joins the longest
// verbatim form. A quote reported without a speaker, or by an unnamed source, joins the same words
// attributed to a named person; two different named people never merge.
import { fold } from './fold.ts';

export interface Place {
  source: string;
  line: number;
  /** Position of the passage in the corpus (file then line order). */
  order: number;
  /** Position of the quote in its paragraph. */
  offset: number;
}

/** The attribution rule that gave a quote its speaker, and the cue it read. */
export interface How {
  rule: string;
  cue: string;
}

export interface KeyedQuote extends Place {
  text: string;
  /** Speaker key, or null when unattributed. */
  speaker: string | null;
  how?: How | null;
}

export interface MergedQuote {
  speaker: string | null;
  /** How the speaker was found, at the place that gave it. */
  how: How | null;
  /** The longest verbatim form. */
  text: string;
  /** Where that form appears. */
  at: Place;
  /** Every place, `at` included, in corpus order. */
  places: Place[];
}

export type SpeakerKindOf = (key: string) => 'person' | 'org' | 'unnamed' | undefined;

/** Fewest words a quote must have to merge across different attributions: short phrases recur by chance. */
const MIN_CROSS_WORDS = 4;

interface Group extends MergedQuote {
  /** Its place in the order groups were made. */
  id: number;
  words: string[];
  vocabulary: Set<string>;
  /** The lists of holders this group is in, told when its speaker changes. */
  lists: Holders[];
}

/** The groups that hold one wording, in the order they were made, and who they are attributed to. */
interface Holders {
  /** Groups made before this one were looked at. */
  upTo: number;
  groups: Group[];
  /** How many of the groups have each speaker, and how many no named person's (kept as speakers change). */
  bySpeaker: Map<string | null, number>;
  notPerson: number;
}

export function mergeQuotes(quotes: readonly KeyedQuote[], kindOf: SpeakerKindOf): MergedQuote[] {
  const prepared = quotes.map((q) => ({ q, segments: segmentsOf(q.text) }));
  prepared.sort((a, b) => wordCount(b.segments) - wordCount(a.segments) || b.q.text.length - a.q.text.length || inCorpusOrder(a.q, b.q));
  const hosts = new Hosts(kindOf);
  for (const { q, segments } of prepared) {
    const host = bestHost(hosts.holding(segments), q, wordCount(segments), kindOf);
    if (host) {
      if (host.speaker !== host.group.speaker || !host.group.how) host.group.how = host.speaker === q.speaker ? (q.how ?? null) : host.group.how;
      if (host.speaker !== host.group.speaker) recount(host.group, host.speaker, kindOf);
      host.group.speaker = host.speaker;
      host.group.places.push(placeOf(q));
    } else {
      hosts.add({ speaker: q.speaker, how: q.how ?? null, text: q.text, at: placeOf(q), places: [placeOf(q)] }, segments.flat());
    }
  }
  return hosts.groups.map(({ speaker, how, text, at, places }) => ({ speaker, how: speaker ? how : null, text, at, places: uniquePlaces(places) }));
}

/**
 * The groups made so far, and which of them hold a quote's words. By word and by pair of adjacent
 * words, in the order they were made: a host holds every word of the quote and each of its segments'
 * adjacent pairs, so only the groups of its rarest word or pair need a look (all of them, or a common
 * word's, would make merging quadratic). The same words come back many times (a quote carried by
 * many articles): what holds them is remembered, and only groups made since are looked at again.
 */
class Hosts {
  readonly groups: Group[] = [];
  readonly #byWord = new Map<string, Group[]>();
  readonly #seen = new Map<string, Holders>();
  readonly #kindOf: SpeakerKindOf;

  constructor(kindOf: SpeakerKindOf) {
    this.#kindOf = kindOf;
  }

  add(merged: MergedQuote, words: string[]): void {
    const group: Group = { ...merged, id: this.groups.length, words, vocabulary: new Set(words), lists: [] };
    this.groups.push(group);
    for (const key of new Set([...group.vocabulary, ...pairsOf(words)])) {
      const list = this.#byWord.get(key);
      if (list) list.push(group);
      else this.#byWord.set(key, [group]);
    }
  }

  /** Every group that holds each segment word for word, in order, in the order the groups were made. */
  holding(segments: readonly string[][]): Holders {
    const key = segments.map((s) => s.join(' ')).join('\n');
    const seen: Holders = this.#seen.get(key) ?? { upTo: 0, groups: [], bySpeaker: new Map(), notPerson: 0 };
    this.#seen.set(key, seen);
    const candidates = this.#candidates(segments);
    let from = candidates.length;
    while (from > 0 && candidates[from - 1]!.id >= seen.upTo) from--;
    for (let i = from; i < candidates.length; i++) {
      const group = candidates[i]!;
      if (!holds(group, segments)) continue;
      seen.groups.push(group);
      group.lists.push(seen);
      count(seen, group.speaker, 1, this.#kindOf);
    }
    seen.upTo = this.groups.length;
    return seen;
  }

  #candidates(segments: readonly string[][]): readonly Group[] {
    let best: readonly Group[] = this.groups;
    for (const key of [...segments.flat(), ...segments.flatMap(pairsOf)]) {
      const list = this.#byWord.get(key);
      if (!list) return [];
      if (list.length < best.length) best = list;
    }
    return best;
  }
}

function holds(group: Group, segments: readonly string[][]): boolean {
  return segments.every((s) => s.every((w) => group.vocabulary.has(w))) && containsInOrder(group.words, segments);
}

/** Counts a speaker in (`by` 1) or out (-1) of a list of holders. */
function count(holders: Holders, speaker: string | null, by: 1 | -1, kindOf: SpeakerKindOf): void {
  holders.bySpeaker.set(speaker, (holders.bySpeaker.get(speaker) ?? 0) + by);
  if (speaker === null || kindOf(speaker) !== 'person') holders.notPerson += by;
}

/** A group's speaker changes: every list it is in counts the new one instead. */
function recount(group: Group, speaker: string | null, kindOf: SpeakerKindOf): void {
  for (const list of group.lists) {
    count(list, group.speaker, -1, kindOf);
    count(list, speaker, 1, kindOf);
  }
}

/**
 * The host for a quote: the first group (in the order made) with the quote's own speaker, else the
 * first whose speaker can merge with it (`mergedSpeaker`): any group when the quote has no speaker
 * or not a person's, the first not a named person's for a person's quote, none under four words.
 * The counts say whether there is one before any group is tried (trying every group for each of
 * thousands of copies of a quote that has none was quadratic).
 */
function bestHost(holders: Holders, q: KeyedQuote, words: number, kindOf: SpeakerKindOf): { group: Group; speaker: string | null } | undefined {
  if ((holders.bySpeaker.get(q.speaker) ?? 0) > 0) return { group: holders.groups.find((g) => g.speaker === q.speaker)!, speaker: q.speaker };
  if (words < MIN_CROSS_WORDS || holders.groups.length === 0) return undefined;
  const anyone = q.speaker === null || kindOf(q.speaker) !== 'person';
  if (!anyone && holders.notPerson === 0) return undefined;
  const group = anyone ? holders.groups[0]! : holders.groups.find((g) => g.speaker === null || kindOf(g.speaker) !== 'person')!;
  const speaker = mergedSpeaker(group.speaker, q.speaker, words, kindOf);
  return speaker === undefined ? undefined : { group, speaker };
}

/** Each pair of adjacent words, as one key (a space never occurs inside a folded word). */
function pairsOf(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** The speaker of two merged attributions, or undefined when they must stay apart. */
function mergedSpeaker(a: string | null, b: string | null, words: number, kindOf: SpeakerKindOf): string | null | undefined {
  if (a === b) return a;
  if (words < MIN_CROSS_WORDS) return undefined;
  if (a === null || b === null) return a ?? b;
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'person' && kb === 'person') return undefined;
  if (ka === 'person' || kb === 'person') return ka === 'person' ? a : b;
  // Two descriptions of an unnamed source: keep the more specific one.
  return b.length > a.length ? b : a;
}

/** The quote's words, folded, split where the quote is cut with `…`. */
function segmentsOf(text: string): string[][] {
  return text
    .split(/…|\.\.\.|\[\s*\.\.\.\s*\]/u)
    .map((part) => expandContractions(fold(part)).match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((words) => words.length > 0);
}

function expandContractions(text: string): string {
  return text
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/'m\b/g, ' am')
    .replace(/\b(it|that|there|here|what|who|he|she|where|how)'s\b/g, '$1 is')
    .replace(/'/g, '');
}

/** Each segment appears, word for word, in `words`, in order and without overlapping. */
function containsInOrder(words: readonly string[], segments: readonly string[][]): boolean {
  let from = 0;
  for (const seg of segments) {
    const at = indexOfRun(words, seg, from);
    if (at === -1) return false;
    from = at + seg.length;
  }
  return true;
}

function indexOfRun(words: readonly string[], run: readonly string[], from: number): number {
  for (let i = from; i + run.length <= words.length; i++) {
    if (run.every((w, k) => words[i + k] === w)) return i;
  }
  return -1;
}

const wordCount = (segments: readonly string[][]): number => segments.reduce((n, s) => n + s.length, 0);
const placeOf = (q: KeyedQuote): Place => ({ source: q.source, line: q.line, order: q.order, offset: q.offset });

function uniquePlaces(places: readonly Place[]): Place[] {
  const seen = new Map<string, Place>();
  for (const p of places) seen.set(`${p.source}:${p.line}`, p);
  return [...seen.values()].sort(inCorpusOrder);
}

export function inCorpusOrder(a: Place, b: Place): number {
  return a.order - b.order || a.offset - b.offset;
}
