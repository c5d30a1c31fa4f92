// A replica's quote book without the corpus: the speaker list (names, aliases, counts) read from
// the stored book into memory, so names are found, suggested and autocompleted synchronously; a
// speaker's quotes (and, to narrow them by topic, the paragraphs they sit in) are read from the
// store when a command asks for them (`load`, before `quotesBy`), as `quoteBookFrom` would give
// them from the whole corpus: the same quotes, in the same order.
import type pg from 'pg';
import { aboutStems, matchesAbout, ownWordsFirst } from '../quotes/about.ts';
import { SpeakerLookup } from '../quotes/lookup.ts';
import type { Quote, QuoteBook, QuotePlace, Speaker } from '../quotes/types.ts';
import { readState } from './state.ts';

/** Speakers whose quotes are kept after a command read them (a reply and its page buttons ask again). */
const KEPT = 50;

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export class StoredQuoteBook implements QuoteBook {
  private readonly lookup: SpeakerLookup;
  /** A speaker's quotes on a topic, as read last ("key\0about"), oldest first. */
  private readonly kept = new Map<string, Quote[]>();

  private constructor(
    private readonly pool: Queryable,
    private readonly list: Speaker[],
    private readonly keys: Map<Speaker, string>,
  ) {
    this.lookup = new SpeakerLookup(list);
  }

  /** The book stored for corpus `version`, or null when `npm run index` has not made it yet. */
  static async open(db: Queryable, pool: Queryable, version: number): Promise<StoredQuoteBook | null> {
    const made = await readState(db, 'quotes_version');
    if (made !== String(version)) return null;
    const { rows } = await db.query<{ key: string; speaker: Speaker }>('SELECT key, speaker FROM speakers ORDER BY rank');
    const keys = new Map<Speaker, string>();
    const list = rows.map(({ key, speaker: { name, aliases, quotes, kind } }) => {
      const s: Speaker = { name, aliases, quotes, ...(kind && { kind }) };
      keys.set(s, key);
      return s;
    });
    return new StoredQuoteBook(pool, list, keys);
  }

  speakers(): Speaker[] {
    return this.list;
  }

  findSpeaker(name: string): Speaker | null {
    return this.lookup.find(name);
  }

  alsoNamed(name: string): string[] {
    return this.lookup.matches(name).slice(1).map((s) => s.name);
  }

  longestName(): number {
    return this.lookup.longest;
  }

  suggest(name: string, max?: number): string[] {
    return this.lookup.suggest(name, max);
  }

  /** The speaker's quotes as `load` read them (none before). */
  quotesBy(name: string, about?: string): Quote[] {
    const speaker = this.lookup.find(name);
    return (speaker && this.kept.get(this.keyOf(speaker, about))) ?? [];
  }

  /** Reads the quotes `quotesBy(name, about)` gives: the speaker's, narrowed to those whose words or paragraphs hold the topic. */
  async load(name: string, about?: string): Promise<void> {
    const speaker = this.lookup.find(name);
    if (!speaker) return;
    const at = this.keyOf(speaker, about);
    if (this.kept.has(at)) return;
    const { rows } = await this.pool.query<{ quote: Quote }>('SELECT quote FROM quotes WHERE speaker_key = $1 ORDER BY rank', [this.keys.get(speaker)]);
    const quotes = rows.map(({ quote: { speaker, text, source, line, also, rule, cue } }): Quote => ({ speaker, text, source, line, also: also.map(place), rule: rule ?? null, cue: cue ?? '' }));
    const stems = about ? aboutStems(about) : [];
    const paragraph = stems.length > 0 ? await this.paragraphs(quotes.flatMap((q) => [q, ...q.also])) : () => '';
    const found = quotes.filter((q) => matchesAbout(stems, [q.text, ...[q, ...q.also].map((p) => paragraph(p.source, p.line))]));
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(at, ownWordsFirst(stems, found));
  }

  private keyOf(speaker: Speaker, about: string | undefined): string {
    return `${this.keys.get(speaker)}\0${about ?? ''}`;
  }

  /** The served paragraphs at these places (a place that is not one, e.g. a later copy of shared text, reads as ''). */
  private async paragraphs(places: readonly QuotePlace[]): Promise<(source: string, line: number) => string> {
    const { rows } = await this.pool.query<{ source: string; line: number; text: string }>(
      'SELECT p.source, p.line, p.text FROM passages p JOIN unnest($1::text[], $2::int[]) AS w(source, line) ON p.source = w.source AND p.line = w.line WHERE p.served',
      [places.map((p) => p.source), places.map((p) => p.line)],
    );
    const texts = new Map(rows.map((r) => [`${r.source}\0${r.line}`, r.text]));
    return (source, line) => texts.get(`${source}\0${line}`) ?? '';
  }
}

const place = ({ source, line }: QuotePlace): QuotePlace => ({ source, line });
