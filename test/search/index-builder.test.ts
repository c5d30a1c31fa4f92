// The index builder gives the postings, field lengths and averages MiniSearch gave when it built the index.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.ts';
import { IndexBuilder } from '../../src/search/index-builder.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { abbreviationsIn } from '../../src/text/phrases.ts';

const FIELDS = ['text', 'heading', 'title'] as const;

const passages: Passage[] = [
  { source: 'a.txt', line: 1, heading: null, title: 'Border talks', text: 'The Central Intelligence Agency said the talks, the talks, went on.' },
  { source: 'a.txt', line: 3, heading: 'Late news', title: 'Border talks', text: 'The CIA flew drones over the border at night.' },
  { source: 'b.txt', line: 1, heading: '', title: 'Harvest', text: 'Farmers said the harvest was the best in a decade.' },
];

function terms(text: string): string[] {
  const out = tokenize(text).flatMap((t) => (t.term ? [t.term] : []));
  return out.concat(abbreviationsIn(out).map((a) => a.abbreviation));
}

describe('IndexBuilder', () => {
  it('gives the same postings, lengths and averages as MiniSearch', () => {
    const ms = new MiniSearch<{ id: number; text: string; heading: string | null; title: string }>({ fields: [...FIELDS], tokenize: terms, processTerm: (t) => t });
    ms.addAll(passages.map((p, id) => ({ id, text: p.text, heading: p.heading, title: p.title })));
    const plain = ms.toJSON() as unknown as { index: [string, Record<string, Record<string, number>>][]; averageFieldLength: number[]; fieldLength: Record<string, number[]> };

    const builder = new IndexBuilder(FIELDS.length);
    for (const p of passages) builder.add(p);
    const built = builder.finish();

    expect([...built.terms].sort()).toEqual(plain.index.map(([t]) => t).sort());
    expect(built.terms).toContain('cia');
    for (const [term, data] of plain.index) {
      const id = built.byTerm.get(term)!;
      FIELDS.forEach((_, f) => {
        const { offsets, docs, tfs } = built.fields[f]!;
        const got = [...docs.subarray(offsets[id]!, offsets[id + 1]!)].map((d, i) => [d, tfs[offsets[id]! + i]]);
        expect(got).toEqual(Object.entries(data[f] ?? {}).map(([doc, tf]) => [Number(doc), tf]));
      });
    }
    FIELDS.forEach((_, f) => {
      expect(built.fields[f]!.average).toBe(plain.averageFieldLength[f]);
      expect([...built.fields[f]!.lengths]).toEqual(passages.map((_, d) => plain.fieldLength[d]![f] ?? 0));
    });
    const harvest = tokenize('Harvest')[0]!.term!;
    expect(built.surface[built.byTerm.get(harvest)!]).toBe('harvest');
  });
});
