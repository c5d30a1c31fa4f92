// Which shared lines are site chrome (dropped) rather than shared article text (kept once and
// cited with every place): the cross-file step's rules (`cross-file.ts`).
import type { Article } from './types.ts';
import { wordCount } from './shape.ts';

/** Chrome lines are short; a longer paragraph repeated across files is shared article text. */
const CHROME_WORDS = 40;
/** Chrome repeats across many files of a site; two files sharing a line is coverage, not a template. */
const CHROME_FILES = 3;

/** A passage in a file that holds a shared text: the file, the passage, and each passage's run label. */
export interface HeldAt {
  article: Article;
  passage: number;
  /** Per passage of the file, the files sharing its text joined ('' when none does); asked only when needed. */
  sets: () => readonly string[];
}

/**
 * Chrome: short, unquoted, in three or more files of one site, and in each of them part of a
 * short run of repeated lines at the top or bottom of the file. Agency copy is a run of body
 * paragraphs (two or more sentences-long ones) or most of a file, or is carried by several sites.
 */
export function isChrome(places: readonly HeldAt[]): boolean {
  if (places.length < CHROME_FILES) return false;
  const text = places[0]!.article.passages[places[0]!.passage]!.text;
  if (/["“”‘«]/u.test(text) || wordCount(text, CHROME_WORDS) > CHROME_WORDS) return false;
  const site = siteOf(places[0]!.article);
  if (places.some((at) => siteOf(at.article) !== site)) return false;
  const atEdge = places.filter((at) => inEdgeRun(at.passage, at.article, at.sets())).length;
  return atEdge * 4 >= places.length * 3;
}

/**
 * The run around `at` (neighbours shared by the same files) touches the file's first or last
 * passage, or sits next to another such run, and is a small part of the file.
 */
function inEdgeRun(passage: number, article: Article, sets: readonly string[]): boolean {
  const own = sets[passage]!;
  let [a, b] = [passage, passage];
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
