// Shared text across files, keyed by hashes of the texts: what is kept once, cited elsewhere or
// dropped as site chrome is decided by the texts themselves, even when different texts share a hash.
import { describe, expect, it } from 'vitest';
import { SharedText, type MergedFile } from '../../src/corpus/cross-file.ts';
import type { Article } from '../../src/corpus/types.ts';

const AGENCY = 'The regional ferry company will replace its three oldest vessels with electric boats by 2029, its chief executive said on Monday.';
const FOOTER = 'Subscribe to the Coast Gazette newsletter';

function article(source: string, title: string, texts: string[]): Article {
  const passages = texts.map((text, i) => ({ source, line: 3 + 2 * i, heading: null, title, text }));
  return { source, title, outlet: null, url: null, date: null, passages };
}

const ARTICLES = [
  article('gazette-1.txt', 'Harbour dredging starts', ['Dredgers began deepening the western harbour channel on Tuesday morning.', FOOTER]),
  article('gazette-2.txt', 'Pier repairs finished', ['The old pier reopened to walkers after eight months of repairs.', FOOTER]),
  article('gazette-3.txt', 'Fish market moves', ['The fish market will move to the new quay in spring, the council said.', FOOTER]),
  article('herald.txt', 'Ferry fleet to go electric', [AGENCY, 'Commuters welcomed the plan.']),
  // The same copy with its spaces doubled: the same text once white space is normalised.
  article('ledger.txt', 'Ledger: ferries to be replaced', ['Island commuters have waited years.', AGENCY.replace(/ /g, '  ')]),
];

/** Every outcome as plain data, by file. */
function outcomes(merged: Map<string, MergedFile>): unknown[] {
  return [...merged].sort(([a], [b]) => a.localeCompare(b)).map(([source, m]) => [source, JSON.parse(JSON.stringify(m)) as unknown]);
}

/** Every text hashes alike: only the check against the held text tells them apart. */
const collide = (): number => 7;

describe('shared text keyed by hashes', () => {
  it('keeps syndicated copy once and drops a site footer, the same when every text has the same hash', () => {
    const sources = ARTICLES.map((a) => a.source);
    const real = SharedText.of(ARTICLES).merge(sources);
    expect(real.get('herald.txt')!.article.passages[0]!.also).toEqual([{ source: 'ledger.txt', line: 5 }]);
    expect(real.get('ledger.txt')!.article.passages.map((p) => p.text)).toEqual(['Island commuters have waited years.']);
    expect(real.get('gazette-2.txt')!.article.passages.map((p) => p.text)).not.toContain(FOOTER);
    expect(outcomes(SharedText.of(ARTICLES, collide).merge(sources))).toEqual(outcomes(real));
  });

  it('follows files added, changed and removed the same whatever the hashes', () => {
    const [real, poor] = [SharedText.of(ARTICLES.slice(0, 4)), SharedText.of(ARTICLES.slice(0, 4), collide)];
    const steps: [Article[], string[]][] = [
      [[ARTICLES[4]!], []],
      [[article('herald.txt', 'Ferry fleet to go electric', ['Commuters welcomed the plan.'])], []],
      [[article('gazette-4.txt', 'Lighthouse repainted', ['Volunteers repainted the lighthouse.', FOOTER])], ['gazette-1.txt']],
      [[], ['ledger.txt', 'gazette-4.txt']],
    ];
    for (const [set, removed] of steps) {
      const affected = real.update(set, removed);
      expect([...poor.update(set, removed)].sort()).toEqual([...affected].sort());
      expect(outcomes(poor.merge(affected))).toEqual(outcomes(real.merge(affected)));
    }
    const left = [...real.sources()];
    expect(outcomes(poor.merge(left))).toEqual(outcomes(real.merge(left)));
    expect(left.sort()).toEqual(['gazette-2.txt', 'gazette-3.txt', 'herald.txt']);
  });
});
