// The passages of a saved corpus, as served: every passage's text stays UTF-8 in the one buffer it
// was read into (outside the JS heap) and is decoded each time it is read. At 1M passages decoding
// every text at start took seconds and kept ~400 MB of strings on the heap; a question reads the
// text of a few dozen passages.
import type { Passage, Place } from '../corpus/types.ts';

/** Every passage's text as one run of UTF-8 bytes; `ends[i]` is where passage i's text ends. */
export class PassageTexts {
  constructor(
    private readonly bytes: Buffer,
    private readonly ends: Uint32Array,
  ) {}

  text(i: number): string {
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}

/**
 * A passage whose text is read from `PassageTexts` when asked for. It reads like any `Passage`
 * (`p.text`), and `JSON.stringify` gives the plain passage; an object spread (`{ ...p }`) would
 * leave the text out, so code that copies passages names the fields.
 */
export class SavedPassage implements Passage {
  readonly #texts: PassageTexts;
  readonly #at: number;
  declare also?: Place[];

  constructor(
    readonly source: string,
    readonly line: number,
    readonly heading: string | null,
    readonly title: string,
    texts: PassageTexts,
    at: number,
    also?: Place[],
  ) {
    this.#texts = texts;
    this.#at = at;
    if (also) this.also = also;
  }

  get text(): string {
    return this.#texts.text(this.#at);
  }

  toJSON(): Passage {
    const { source, line, heading, title, text, also } = this;
    return { source, line, heading, title, text, ...(also && { also }) };
  }
}
