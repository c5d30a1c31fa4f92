// Who holds an office, read from the corpus: "Secretary of Defense Pete Hegseth", "Mexican President
// Claudia Sheinbaum", "Claudia Sheinbaum, Mexico's president", "Rubio, the secretary of state". Read at
// the first question that names the office (and its country), over the passages the postings say
// hold the office's words, at most `maxScan` of them spread evenly over the corpus; kept for the
// life of the index (a changed corpus gets a new index and reads again). Holders over time are
// several: the commonest few are kept.
import type { Passage } from '../../corpus/types.ts';
import type { PassageIndex } from '../passage-index.ts';
import { fold } from '../../text/fold.ts';
import { termsOf } from '../../text/tokens.ts';
import { rarest } from './expand-tables.ts';
import { readingsIn, type Reading } from './role-readings.ts';
import type { Holder, Office, RoleHolders } from './roles.ts';
import type { Place } from './tables.ts';

export { readingsIn, type Reading } from './role-readings.ts';

/** How many passages one office's reading looks at, at most. */
const MAX_SCAN = 1000;
/**
 * Holders kept: the commonest, and others named at least `MIN_SHARE` as often, when together they
 * are at least `MIN_COVER` of the readings: an office with many holders at once (`mayor`,
 * `spokesman`) has no one holder a question could mean.
 */
const MAX_HOLDERS = 3;
const MIN_SHARE = 0.25;
const MIN_COVER = 0.5;

export class CorpusRoleHolders implements RoleHolders {
  private readonly read = new Map<string, Reading[]>();

  constructor(
    private readonly index: PassageIndex,
    private readonly passages: readonly Passage[],
    private readonly maxScan = MAX_SCAN,
  ) {}

  /**
   * For a country: the holders the corpus names with it, else those it names with no country (but
   * never one it names with another). Without one: every holder.
   */
  holders(office: Office, country: Place | undefined): Holder[] {
    const all = this.readings(office, undefined);
    const bare = (list: readonly Reading[]) => list.filter((r) => !r.country);
    // `The president` in a question means the one the corpus names with no country, as its writers
    // do, unless it mostly names them with one (`Mexican President Claudia Sheinbaum`).
    if (!country) {
      const unqualified = bare(all).filter((r) => !mostlyQualified(all, r.surname));
      return rank(unqualified.length > 0 ? unqualified : all);
    }
    const near = this.readings(office, country);
    const own = near.filter((r) => r.country === country);
    if (own.length > 0) return rank(own);
    // Else one named with no country in passages that name the country, and never with another one.
    const elsewhere = new Set([...all, ...near].filter((r) => r.country && r.country !== country).map((r) => fold(r.surname)));
    return rank(bare(near).filter((r) => !elsewhere.has(fold(r.surname))));
  }

  private readings(office: Office, country: Place | undefined): Reading[] {
    const key = `${office.name}|${country?.countries[0] ?? ''}`;
    let found = this.read.get(key);
    if (!found) {
      found = this.passagesOf(office, country).flatMap((id) => readingsIn(this.passages[id]!.text, office));
      this.read.set(key, found);
    }
    return found;
  }

  /**
   * Passages holding one of the office's names' rarest words (and a word of the country), spread
   * evenly, at most `maxScan`: marks in one byte a passage, linear in the postings walked.
   */
  private passagesOf(office: Office, country: Place | undefined): number[] {
    const mark = new Uint8Array(this.index.documentCount);
    for (const name of office.names) for (const d of this.docsOf(rarest(termsOf(name), this.index))) mark[d] = 1;
    if (country) {
      for (const n of [...country.countries, ...country.demonyms]) for (const d of this.docsOf(rarest(termsOf(n), this.index))) if (mark[d] === 1) mark[d] = 2;
    }
    const want = country ? 2 : 1;
    const list: number[] = [];
    for (let d = 0; d < mark.length; d++) if (mark[d] === want) list.push(d);
    if (list.length <= this.maxScan) return list;
    const step = list.length / this.maxScan;
    return Array.from({ length: this.maxScan }, (_, i) => list[Math.floor(i * step)]!);
  }

  private docsOf(term: string | undefined): Uint32Array {
    const id = term === undefined ? undefined : this.index.termId(term);
    return id === undefined ? new Uint32Array(0) : this.index.postings(id, 0).docs;
  }
}

function mostlyQualified(readings: readonly Reading[], surname: string): boolean {
  const key = fold(surname);
  const own = readings.filter((r) => fold(r.surname) === key);
  return own.filter((r) => r.country).length > own.length / 2;
}

/** Readings counted by surname, commonest first, the few named often enough. */
function rank(readings: readonly Reading[]): Holder[] {
  const by = new Map<string, Holder>();
  for (const r of readings) {
    const key = fold(r.surname);
    const h = by.get(key) ?? { name: r.name, surname: r.surname, count: 0 };
    h.count++;
    if (r.name.length > h.name.length) h.name = r.name;
    by.set(key, h);
  }
  const sorted = [...by.values()].sort((a, b) => b.count - a.count);
  const top = sorted[0]?.count ?? 0;
  const kept = sorted.filter((h) => h.count >= top * MIN_SHARE).slice(0, MAX_HOLDERS);
  return kept.reduce((n, h) => n + h.count, 0) >= readings.length * MIN_COVER ? kept : [];
}
