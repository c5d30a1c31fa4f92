// Natural questions for the bench: templates filled with words of sampled passages (a few with a
// typo), plus the development set's questions when it is present.
import { readFile } from 'node:fs/promises';
import type { Corpus } from '../src/corpus/types.ts';
import { seeded, type Random } from './prng.ts';
import { splitSentences } from './synth.ts';

const STOP = new Set(
  ('a an the and or but of to in on at by for with from as is are was were be been being has have had do does did ' +
    'that this these those it its he she they them their his her we our you your i not no so than then there here ' +
    'which who whom whose what when where why how will would could should may might can also into about over after ' +
    'before under more most said says say one two new').split(' '),
);

const TEMPLATES: readonly ((w: string[], name: string | undefined) => string)[] = [
  (w, n) => `What did ${n ?? 'officials'} say about ${w.slice(0, 2).join(' ')}?`,
  (w) => `Why ${w.slice(0, 3).join(' ')}?`,
  (w) => `How many ${w.slice(0, 2).join(' ')}?`,
  (w, n) => `Who ${w[0]} the ${w.slice(1, 3).join(' ')}${n ? ` with ${n}` : ''}?`,
  (w) => `When did the ${w.slice(0, 3).join(' ')} happen?`,
  (w) => `What is the ${w.slice(0, 2).join(' ')} and why does it matter?`,
  (w) => w.slice(0, 3).join(' '),
  (w, n) => `Tell me about ${n ? `${n} and ` : ''}${w.slice(0, 2).join(' and ')}`,
  (w) => `Is it true that ${w.slice(0, 4).join(' ')}?`,
  (w, n) => `What happened with ${w.slice(0, 2).join(' ')} ${n ? `according to ${n}` : 'last week'}?`,
];

/** `count` questions built from the corpus's own sentences; the same seed gives the same questions. */
export function generateQuestions(corpus: Corpus, count: number, seed: number): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const q = questionFrom(random.pick(corpus.passages).text, random);
    if (q) out.push(q);
  }
  return out;
}

function questionFrom(text: string, random: Random): string | null {
  const sentence = random.pick(splitSentences(text));
  const words = (sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !STOP.has(w.toLowerCase()) && w.length >= 3);
  const name = words.find((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const content = words.filter((w) => w !== name).map((w) => w.toLowerCase());
  if (content.length < 4) return null;
  const start = random.int(0, content.length - 4);
  const chosen = content.slice(start, start + 4);
  if (random.chance(0.1)) chosen[0] = typo(chosen[0]!, random);
  return random.pick(TEMPLATES)(chosen, random.chance(0.5) ? name : undefined);
}

/** Swaps two neighbouring letters, the commonest typing slip. */
function typo(word: string, random: Random): string {
  if (word.length < 5) return word;
  const i = random.int(1, word.length - 3);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** The questions of a dev-qa.json file, or none when it is missing or unreadable. */
export async function devQuestions(file: string): Promise<string[]> {
  try {
    const items: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!Array.isArray(items)) return [];
    return items.flatMap((i: unknown) => (typeof i === 'object' && i !== null && 'q' in i && typeof i.q === 'string' ? [i.q] : []));
  } catch {
    return [];
  }
}
