// The passages of a saved corpus, as served: what they hold stays in the arrays it was read into
// (texts as UTF-8 in the file's buffer, outside the JS heap) and each passage object is only its
// number. At 1M passages decoding every text at start took seconds and kept ~500 MB of strings and
// objects on the heap; a question reads a few dozen passages.
import type { Passage, Place } from '../corpus/types.ts';

/** Everything about the saved passages, by passage number. */
export interface PassageColumns {
  /** Every passage's text as one run of UTF-8 bytes; `ends[i]` is where passage i's text ends. */
  bytes: Buffer;
  ends: Uint32Array;
  lines: Uint32Array;
  /** 0: no heading; else 1 + its place in `headings`. */
  headingIds: Uint32Array;
  headings: readonly string[];
  /** The article (its place in `articles`) each passage belongs to. */
  articleOf: Uint32Array;
  articles: readonly { source: string; title: string }[];
  /** Passages whose file or title differ from their article's. */
  exceptions: ReadonlyMap<number, { source: string; title: string }>;
  also: ReadonlyMap<number, Place[]>;
}

/**
 * A passage read from `PassageColumns` when asked for (the text decoded each time). It reads like
 * any `Passage`, and `JSON.stringify` gives the plain passage; an object spread (`{ ...p }`) would
 * give nothing, so code that copies passages names the fields (as `passageJson` does).
 */
export class SavedPassage implements Passage {
  readonly #columns: PassageColumns;
  readonly #at: number;

  constructor(columns: PassageColumns, at: number) {
    this.#columns = columns;
    this.#at = at;
  }

  get source(): string {
    return this.#own()?.source ?? this.#columns.articles[this.#columns.articleOf[this.#at]!]!.source;
  }

  get title(): string {
    return this.#own()?.title ?? this.#columns.articles[this.#columns.articleOf[this.#at]!]!.title;
  }

  get line(): number {
    return this.#columns.lines[this.#at]!;
  }

  get heading(): string | null {
    const id = this.#columns.headingIds[this.#at]!;
    return id === 0 ? null : (this.#columns.headings[id - 1] ?? null);
  }

  get text(): string {
    const { bytes, ends } = this.#columns;
    return bytes.toString('utf8', this.#at === 0 ? 0 : ends[this.#at - 1], ends[this.#at]);
  }

  get also(): Place[] | undefined {
    return this.#columns.also.get(this.#at);
  }

  toJSON(): Passage {
    const { source, line, heading, title, text, also } = this;
    return { source, line, heading, title, text, ...(also && { also }) };
  }

  #own(): { source: string; title: string } | undefined {
    return this.#columns.exceptions.size === 0 ? undefined : this.#columns.exceptions.get(this.#at);
  }
}
