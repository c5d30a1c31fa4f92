// Finds a speaker from what a user types: full name, surname, any spelling the text used, with or
// without accents (`nunez` → Ana Núñez), and suggests the closest names when nothing matches.
import { foldedWords } from './fold.ts';
import type { Speaker } from './types.ts';

interface Entry {
  speaker: Speaker;
  /** Folded full strings that find the speaker exactly. */
  keys: Set<string>;
  /** Folded words of all its names. */
  words: Set<string>;
}

const LEADING_DETERMINER = /^(?:a|an|the|one|another)\s+/;

export class SpeakerLookup {
  readonly #entries: Entry[];
  /** Words in the longest name or alias: a longer run of typed words names no one. */
  readonly longest: number;

  /** `speakers` most quoted first: ties in suggestions go to the most quoted. */
  constructor(speakers: readonly Speaker[]) {
    this.#entries = speakers.map((speaker) => {
      const names = [speaker.name, ...speaker.aliases];
      return {
        speaker,
        keys: new Set(names.flatMap((n) => [normalise(n), normalise(n).replace(LEADING_DETERMINER, '')])),
        words: new Set(names.flatMap(foldedWords)),
      };
    });
    this.longest = Math.max(0, ...speakers.flatMap((s) => [s.name, ...s.aliases].map((n) => foldedWords(n).length)));
  }

  /** The speaker the typed name fits best: never nothing when some speaker fits it. */
  find(typed: string): Speaker | null {
    return this.matches(typed)[0] ?? null;
  }

  /**
   * Every speaker the typed name fits, best first: someone whose shown name it is, then those with
   * it as another name (`Trump`: the most quoted Trump first), then those whose names hold all its words.
   */
  matches(typed: string): Speaker[] {
    const q = normalise(typed).replace(LEADING_DETERMINER, '');
    if (!q) return [];
    const exact = this.#entries.filter((e) => e.keys.has(q));
    if (exact.length > 0) {
      const own = exact.filter((e) => normalise(e.speaker.name).replace(LEADING_DETERMINER, '') === q);
      return [...own, ...exact.filter((e) => !own.includes(e))].map((e) => e.speaker);
    }
    const words = foldedWords(q);
    return this.#entries.filter((e) => words.every((w) => e.words.has(w))).map((e) => e.speaker);
  }

  /** Names closest to `typed`, best first; with nothing typed, the most quoted speakers. */
  suggest(typed: string, max = 5): string[] {
    const q = normalise(typed).replace(LEADING_DETERMINER, '');
    if (!q) return this.#entries.slice(0, max).map((e) => e.speaker.name);
    return this.#entries
      .map((e, rank) => ({ name: e.speaker.name, rank, score: closeness(q, e) }))
      .filter((s) => s.score >= 0.5)
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .slice(0, max)
      .map((s) => s.name);
  }
}

function normalise(text: string): string {
  return foldedWords(text).join(' ');
}

/** 1 for an exact name, high for a prefix or a word of the name, lower with each typo. */
function closeness(q: string, e: Entry): number {
  let best = 0;
  for (const key of e.keys) {
    if (key.startsWith(q)) best = Math.max(best, 0.9);
    best = Math.max(best, similarity(q, key));
  }
  const typedWords = foldedWords(q);
  const perWord = typedWords.map((w) => Math.max(0, ...[...e.words].map((n) => (n.startsWith(w) && w.length >= 3 ? 0.85 : similarity(w, n)))));
  const wordScore = perWord.reduce((a, b) => a + b, 0) / Math.max(1, perWord.length);
  return Math.max(best, wordScore * 0.95);
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

