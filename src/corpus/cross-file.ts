// Text that several files share word for word: site chrome (the same lines at the top or bottom of
// many files of one site) is dropped; shared article text (agency copy carried by several outlets)
// is kept once, at its first place, and cited with every other place it appears (`also`).
import type { Article, Passage, Place } from './types.ts';
import { normalizeSpace, wordCount } from './shape.ts';

/** Chrome lines are short; a longer paragraph repeated across files is shared article text. */
const CHROME_WORDS = 40;
/** Chrome repeats across many files of a site; two files sharing a line is coverage, not a template. */
const CHROME_FILES = 3;

export interface RepeatedPassage extends Place {
  text: string;
  /** `site-chrome`: dropped; `merged`: kept once elsewhere, this place listed in its `also`. */
  rule: 'site-chrome' | 'merged';
}

interface At {
  article: number;
  passage: number;
}

/** Articles with chrome dropped and shared text kept once, plus every passage taken out of its file. */
export function mergeSharedText(articles: readonly Article[]): { articles: Article[]; removed: RepeatedPassage[] } {
  // Case kept: every place listed under a passage must hold its text word for word.
  const keys = articles.map((a) => a.passages.map((p) => normalizeSpace(p.text)));
  const shared = sharedKeys(keys);
  if (shared.size === 0) return { articles: [...articles], removed: [] };
  // Per passage, the files that share its text ('' when none does): a run of chrome or of agency copy shares one set.
  const fileSets = new Map([...shared].map(([key, places]) => [key, places.map((at) => at.article).join(',')]));
  const setOf = keys.map((ks) => ks.map((k) => fileSets.get(k) ?? ''));
  const chrome = new Set([...shared].filter(([, places]) => isChrome(places, articles, setOf)).map(([key]) => key));
  const removed: RepeatedPassage[] = [];
  const also = new Map<string, Place[]>();
  for (const [key, places] of shared) {
    const rule = chrome.has(key) ? 'site-chrome' : 'merged';
    for (const at of rule === 'merged' ? places.slice(1) : places) {
      const p = articles[at.article]!.passages[at.passage]!;
      removed.push({ source: p.source, line: p.line, text: p.text, rule });
    }
    if (rule === 'merged') also.set(key, places.slice(1).map((at) => placeOf(articles, at)));
  }
  const gone = new Set(removed.map((r) => `${r.source}\0${r.line}`));
  const kept = articles.map((a, i) => {
    const passages = a.passages.flatMap((p, j): Passage[] => {
      if (gone.has(`${p.source}\0${p.line}`)) return [];
      const places = also.get(keys[i]![j]!);
      return [places ? { ...p, also: places } : p];
    });
    return passages.length === a.passages.length && !passages.some((p, j) => p !== a.passages[j]) ? a : { ...a, passages };
  });
  return { articles: kept, removed };
}

/** Keys found in two or more files, each with its places: the first in each file, in file order. */
function sharedKeys(keys: readonly string[][]): Map<string, At[]> {
  const first = new Map<string, At>();
  const shared = new Map<string, At[]>();
  keys.forEach((ks, article) => {
    ks.forEach((key, passage) => {
      const seen = first.get(key);
      if (!seen) return void first.set(key, { article, passage });
      if (seen.article === article) return;
      const places = shared.get(key) ?? [seen];
      if (places.at(-1)!.article !== article) places.push({ article, passage });
      shared.set(key, places);
    });
  });
  return shared;
}

/**
 * Chrome: short, unquoted, in three or more files of one site, and in each of them part of a
 * short run of repeated lines at the top or bottom of the file. Agency copy is a run of body
 * paragraphs (two or more sentences-long ones) or most of a file, or is carried by several sites.
 */
function isChrome(places: readonly At[], articles: readonly Article[], setOf: readonly string[][]): boolean {
  if (places.length < CHROME_FILES) return false;
  const text = articles[places[0]!.article]!.passages[places[0]!.passage]!.text;
  if (/["“”‘«]/u.test(text) || wordCount(text, CHROME_WORDS) > CHROME_WORDS) return false;
  if (new Set(places.map((at) => siteOf(articles[at.article]!))).size > 1) return false;
  const atEdge = places.filter((at) => inEdgeRun(at, articles[at.article]!, setOf[at.article]!)).length;
  return atEdge * 4 >= places.length * 3;
}

/**
 * The run around `at` (neighbours shared by the same files) touches the file's first or last
 * passage, or sits next to another such run, and is a small part of the file.
 */
function inEdgeRun(at: At, article: Article, sets: readonly string[]): boolean {
  const own = sets[at.passage]!;
  let [a, b] = [at.passage, at.passage];
  while (a > 0 && sets[a - 1] === own) a--;
  while (b < sets.length - 1 && sets[b + 1] === own) b++;
  // Chrome often sits just past syndicated copy, which is itself shared (by other files).
  const edge = (i: number, step: number): boolean => {
    for (let k = i; k >= 0 && k < sets.length; k += step) if (sets[k] === '') return false;
    return true;
  };
  if (!edge(a - 1, -1) && !edge(b + 1, 1)) return false;
  const run = article.passages.slice(a, b + 1);
  const bodyParagraphs = run.filter((p) => wordCount(p.text, 20) >= 20 && /[.!?]["”’)]?$/u.test(p.text.trimEnd())).length;
  return bodyParagraphs < 2 && run.length * 2 < sets.length + 1;
}

/** The site a file comes from: its outlet when known, else its folder ('' for the top folder). */
function siteOf(article: Article): string {
  if (article.outlet) return article.outlet.toLowerCase();
  const slash = article.source.lastIndexOf('/');
  return slash < 0 ? '' : article.source.slice(0, slash);
}

function placeOf(articles: readonly Article[], at: At): Place {
  const p = articles[at.article]!.passages[at.passage]!;
  return { source: p.source, line: p.line };
}
