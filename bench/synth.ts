// Builds a synthetic corpus for the bench: sentences of the real articles, sampled and perturbed
// with a seeded generator, written as article files so the real loader reads them.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../src/corpus/types.ts';
import { seeded, type Random } from './prng.ts';

export interface SynthStats {
  files: number;
  passagesWritten: number;
  bytes: number;
}

interface Pools {
  sentences: string[];
  words: string[];
  names: string[];
}

const WORD = /\p{L}+/gu;

/** Writes article files holding about `passages` paragraphs into `dir`; the same seed gives the same files. */
export async function writeSyntheticCorpus(seedCorpus: Corpus, passages: number, dir: string, seed: number): Promise<SynthStats> {
  const random = seeded(seed);
  const pools = poolsOf(seedCorpus);
  await mkdir(dir, { recursive: true });
  const stats: SynthStats = { files: 0, passagesWritten: 0, bytes: 0 };
  while (stats.passagesWritten < passages) {
    const count = Math.min(random.int(15, 45), passages - stats.passagesWritten);
    const text = article(pools, random, count);
    await writeFile(path.join(dir, `${String(stats.files).padStart(5, '0')}_synthetic.txt`), text);
    stats.files++;
    stats.passagesWritten += count;
    stats.bytes += Buffer.byteLength(text);
  }
  return stats;
}

function poolsOf(corpus: Corpus): Pools {
  const sentences = corpus.passages.flatMap((p) => splitSentences(p.text)).filter((s) => s.split(' ').length >= 5);
  const all = sentences.flatMap((s) => s.match(WORD) ?? []);
  const words = [...new Set(all.filter((w) => w.length >= 4 && w === w.toLowerCase()))];
  const names = [...new Set(all.filter((w) => w.length >= 4 && /^\p{Lu}\p{Ll}/u.test(w)))];
  if (sentences.length === 0) throw new Error('bench: the seed articles hold no sentences to sample');
  return { sentences, words, names };
}

export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?]['"’”]?)\s+(?=['"‘“]?\p{Lu})/u).filter((s) => s.trim());
}

/** One article: a headline, then paragraphs of 1-3 perturbed sentences, sometimes a subheading. */
function article(pools: Pools, random: Random, paragraphs: number): string {
  // Each article has its own people and places, as real coverage does: the vocabulary keeps growing.
  const cast = Array.from({ length: 3 }, () => inventName(pools, random));
  const headline = perturb(random.pick(pools.sentences), pools, cast, random).split(' ').slice(0, random.int(5, 10)).join(' ');
  const lines = [headline.replace(/[.,;:!?'"’”]+$/u, ''), ''];
  const subheadingAt = random.chance(0.15) ? random.int(2, Math.max(2, paragraphs - 2)) : -1;
  for (let i = 0; i < paragraphs; i++) {
    if (i === subheadingAt) lines.push(`${random.pick(cast)} and the ${random.pick(pools.words)}`, '');
    const count = random.pick([1, 2, 2, 2, 3, 3]);
    const sentences = Array.from({ length: count }, () => perturb(random.pick(pools.sentences), pools, cast, random));
    lines.push(sentences.join(' '), '');
  }
  return lines.join('\n');
}

/** Swaps some words for others of the corpus, names for the article's cast, and digits for others. */
function perturb(sentence: string, pools: Pools, cast: readonly string[], random: Random): string {
  return sentence.replace(WORD, (w) => {
    if (/^\p{Lu}\p{Ll}{3,}/u.test(w) && pools.names.includes(w) && random.chance(0.3)) return random.pick(cast);
    if (w.length >= 4 && w === w.toLowerCase() && random.chance(0.12)) return random.pick(pools.words);
    return w;
  }).replace(/\d/g, (d) => (random.chance(0.5) ? String(random.int(0, 9)) : d));
}

function inventName(pools: Pools, random: Random): string {
  const a = random.pick(pools.names);
  const b = random.pick(pools.names).toLowerCase();
  return a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2));
}
