// Who holds an office, read from the corpus: "Secretary of Defense Pete Hegseth", "Mexican President
// Claudia Sheinbaum", "Claudia Sheinbaum, Mexico's president", "Rubio, the secretary of state". Read at
// the first question that names the office (and its country), over the passages the postings say
// hold the office's words, at most `maxScan` of them spread evenly over the corpus; kept for the
// life of the index (a changed corpus gets a new index and reads again). Holders over time are
// several: the commonest few are kept. `npm run index` reads every office and country at once with
// the same code (`everyHolder`) for replicas serving from PostgreSQL (`store/roles-write.ts`).
import type { Passage } from '../../corpus/types.ts';
import { fold } from '../../text/fold.ts';
import { termsOf } from '../../text/tokens.ts';
import { rarest } from './expand-tables.ts';
import { readingsIn, type Reading } from './role-readings.ts';
import { officeTable, type Holder, type Office, type RoleHolders } from './roles.ts';
import { placeTable, type Place } from './tables.ts';

/**
 * The postings an office's reading walks: the text field's passages of a term, ascending. A
 * `PassageIndex` is one; `npm run index` builds one of the few terms offices and countries need.
 */
export interface RolePostings {
  documentFrequency(term: string): number;
  termId(term: string): number | undefined;
  postings(termId: number, field: 0): { docs: Uint32Array };
}

/** One office's holders for one country (or none), as `holders` gives them. */
export interface HolderRow {
  office: string;
  /** The country's usual name; '' for the office with no country. */
  country: string;
  holders: Holder[];
}

/** The key a country is read and stored under. */
export const countryKey = (country: Place | undefined): string => country?.countries[0] ?? '';

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
  /** Holders as `holders` gave them, per office and country: a question naming an office again ranks nothing. */
  private readonly ranked = new Map<string, Holder[]>();
  /** Per office, the passages holding one of its names' rarest words, ascending. */
  private readonly docsOfOffice = new Map<Office, Uint32Array>();
  /** Per country, the passages holding one of its names' rarest words, ascending (`everyHolder` asks each office). */
  private readonly docsOfPlace = new Map<Place, Uint32Array>();

  constructor(
    private readonly index: RolePostings,
    private readonly passages: readonly Passage[],
    private readonly maxScan = MAX_SCAN,
  ) {}

  /**
   * For a country: the holders the corpus names with it, else those it names with no country (but
   * never one it names with another). Without one: every holder.
   */
  holders(office: Office, country: Place | undefined): Holder[] {
    const key = `${office.name}|${countryKey(country)}`;
    let found = this.ranked.get(key);
    if (!found) this.ranked.set(key, (found = this.rankHolders(office, country)));
    return found;
  }

  private rankHolders(office: Office, country: Place | undefined): Holder[] {
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
    const key = `${office.name}|${countryKey(country)}`;
    let found = this.read.get(key);
    if (!found) {
      found = Array.from(this.passagesOf(office, country)).flatMap((id) => readingsIn(this.passages[id]!.text, office));
      this.read.set(key, found);
    }
    return found;
  }

  /**
   * Every office with no country and with each country its passages name (`npm run index` stores
   * them): the rows whose holders are not empty, as `holders` gives them.
   */
  everyHolder(): HolderRow[] {
    const places = [...new Set([...placeTable().values()].flatMap((entries) => entries.map((e) => e.place)))];
    const rows: HolderRow[] = [];
    for (const office of new Set(officeTable().values())) {
      for (const country of [undefined, ...places]) {
        // A country none of the office's passages names has no holders of it (and most countries are such).
        // Read through `readings` (kept), which `holders` reads next: the same passages, merged once.
        if (country && this.readings(office, country).length === 0) continue;
        const holders = this.holders(office, country);
        if (holders.length > 0) rows.push({ office: office.name, country: countryKey(country), holders });
      }
    }
    return rows;
  }

  /**
   * Passages holding one of the office's names' rarest words (and a word of the country), spread
   * evenly, at most `maxScan`: the office's postings merged once (kept), a country's merged and
   * intersected with them, never a pass over every passage (`everyHolder` asks for ~7,000 pairs).
   */
  private passagesOf(office: Office, country: Place | undefined): ArrayLike<number> {
    let own = this.docsOfOffice.get(office);
    if (!own) this.docsOfOffice.set(office, (own = union(office.names.map((name) => this.docsOf(rarest(termsOf(name), this.index))))));
    let place = country && this.docsOfPlace.get(country);
    if (country && !place) this.docsOfPlace.set(country, (place = union([...country.countries, ...country.demonyms].map((n) => this.docsOf(rarest(termsOf(n), this.index))))));
    const list = place ? intersect(own, place) : own;
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

/** Ascending lists merged into one, each passage once. */
function union(lists: readonly Uint32Array[]): Uint32Array {
  const full = lists.filter((l) => l.length > 0);
  if (full.length <= 1) return full[0] ?? new Uint32Array(0);
  const all = new Uint32Array(full.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of full) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/** The passages two ascending lists share. */
function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
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
