// The developers' halves of the public sets in ../shared/eval/real (skipped when absent): the
// loader keeps the lines their gold citations point at. Not copied here; read where they lie.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusReport } from '../../src/corpus/load.ts';

const REAL = path.resolve(import.meta.dirname, '../../../shared/eval/real');

async function droppedGold(set: string): Promise<string[]> {
  const questions = JSON.parse(readFileSync(path.join(REAL, set, 'questions.json'), 'utf8')) as { gold: string[] }[];
  const { corpus } = await loadCorpusReport(path.join(REAL, set, 'articles'));
  const kept = new Set(corpus.passages.flatMap((p) => [p, ...(p.also ?? [])].map((at) => `${at.source}:${at.line}`)));
  return [...new Set(questions.flatMap((q) => q.gold))].filter((g) => !kept.has(g));
}

describe.skipIf(!existsSync(REAL))('real sets', () => {
  it.each(['rtqa', 'wikiqa', 'squad2'])('%s: every gold line is a passage', async (set) => {
    expect(await droppedGold(set)).toEqual([]);
  }, 60_000);
});
