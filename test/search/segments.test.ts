// Per-file segments: an index changed by `applyChanges` (the delta indexed alone, the passages gone
// masked out, both merged) holds exactly what an index built from scratch on the new passages holds.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.ts';
import { FIELDS, PassageIndex } from '../../src/search/passage-index.ts';
import { applyChanges } from '../../src/search/segments.ts';

const passage = (source: string, line: number, text: string, heading: string | null = null): Passage => ({ source, line, heading, title: `Title of ${source}`, text });

/** Everything an index answers with, by term rather than by term id. */
function contents(index: PassageIndex) {
  const { terms, surface, sorted, fields, documentCount } = index.parts();
  const byTerm = Object.fromEntries(
    terms.map((t, id) => [t, { surface: surface[id], postings: FIELDS.map((_, f) => { const p = index.postings(id, f); return [[...p.docs], [...p.tfs]]; }) }]),
  );
  return { documentCount, byTerm, sorted: [...sorted].map((id) => terms[id]), lengths: fields.map((f) => [...f.lengths]), averages: fields.map((f) => f.average) };
}

const BEFORE = [
  passage('a.txt', 1, 'The harbour authority approved a new ferry terminal on Tuesday.'),
  passage('a.txt', 3, 'Fishermen feared the works would block the old slipway.', 'Works'),
  passage('c.txt', 1, 'The Harbours of the north coast froze in January.'),
  passage('c.txt', 3, 'The World Health Organization said the ferries were safe.'),
  passage('d.txt', 1, 'Museum curators catalogued the zeppelin hangar archive.'),
];

describe('applyChanges', () => {
  it('gives the index a build from scratch gives, for files added, changed and removed', () => {
    const after = [
      passage('a.txt', 1, 'The harbour authority approved a new ferry terminal on Tuesday.'),
      passage('a.txt', 3, 'Fishermen feared the works would block the old slipway.', 'Works'),
      passage('b.txt', 1, 'harbours and Ferries: the WHO and the world health organization met at the pier.', 'Pier talks'),
      passage('c.txt', 1, 'Zeppelins returned to the coast in January.'),
    ];
    const changed = applyChanges(PassageIndex.build(BEFORE), BEFORE, after);
    expect(contents(changed)).toEqual(contents(PassageIndex.build(after)));
  });

  it('gives the same when a file is only added after every other (old postings copied as they are)', () => {
    const after = [...BEFORE, passage('e.txt', 1, 'Harbours reopened; the WHO said zeppelins were safe.', 'Reopening'), passage('e.txt', 3, 'A new word: hovercraft.')];
    const changed = applyChanges(PassageIndex.build(BEFORE), BEFORE, after);
    expect(contents(changed)).toEqual(contents(PassageIndex.build(after)));
  });

  it('keeps a term spelled as its first remaining passage writes it when the passage that wrote it first is gone', () => {
    const after = BEFORE.filter((p) => p.source !== 'a.txt');
    const changed = applyChanges(PassageIndex.build(BEFORE), BEFORE, after);
    expect(contents(changed)).toEqual(contents(PassageIndex.build(after)));
    expect(changed.surfaceOf(changed.termId('harbour')!)).toBe('harbours');
  });

  it('drops a term no passage holds any more, and an empty change changes nothing', () => {
    const after = BEFORE.filter((p) => p.source !== 'd.txt');
    const changed = applyChanges(PassageIndex.build(BEFORE), BEFORE, after);
    expect(changed.termId('zeppelin')).toBeUndefined();
    expect(contents(applyChanges(PassageIndex.build(BEFORE), BEFORE, BEFORE))).toEqual(contents(PassageIndex.build(BEFORE)));
  });
});
