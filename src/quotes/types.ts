// What the quote module offers the commands: direct quotes, attributed, deduplicated.

export interface QuotePlace {
  source: string;
  line: number;
}

export interface Quote {
  /** Canonical speaker name, or null when the text names no speaker for it. */
  speaker: string | null;
  /** The quote's words, verbatim, without the quote marks. */
  text: string;
  /** Where `text` appears word for word (the first such place in file then line order). */
  source: string;
  line: number;
  /** Every other place the same quote (or a shorter form of it) appears, in file then line order. */
  also: QuotePlace[];
  /** The attribution rule that named the speaker (`quote-then-cue`, `dash-credit` …); null when unattributed. */
  rule: string | null;
  /** The word that cued it (`said`, `according to`, `:`); empty when the rule reads none. */
  cue: string;
}

export interface Speaker {
  /** The fullest name seen in the corpus, e.g. `Claudia Sheinbaum`. */
  name: string;
  /** Other names that find this speaker (surname, accent-free spelling, …). */
  aliases: string[];
  /** How many distinct quotes are attributed to this speaker. */
  quotes: number;
  /** A named person, a named organisation, or an unnamed source (`a senior official`), listed after the named. */
  kind?: 'person' | 'org' | 'unnamed';
}

export interface QuoteBook {
  /** Speakers, most quoted first. */
  speakers(): Speaker[];
  /** The speaker a typed name refers to (the best match when several fit), or null. */
  findSpeaker(name: string): Speaker | null;
  /** Other speakers the typed name fits as well as the one `findSpeaker` gives, most quoted first. */
  alsoNamed(name: string): string[];
  /** How many words the longest speaker name has: no longer run of words can name anyone. */
  longestName(): number;
  /** Speaker names closest to a typed name, best first. */
  suggest(name: string, max?: number): string[];
  /** The speaker's quotes, most widely reported first; `about` narrows by words. */
  quotesBy(speaker: string, about?: string): Quote[];
  /** A book whose quotes are kept elsewhere (a shared store) reads what `quotesBy(speaker, about)` gives first. */
  load?(speaker: string, about?: string): Promise<void>;
  /**
   * Extracts the quotes now, off the main thread where it can (worker threads), telling how far it
   * got in passages; the methods above, called before it settles, extract on the main thread.
   * Absent: the book is ready, or is made at its first use.
   */
  prepare?(onProgress?: (done: number, total: number) => void): Promise<void>;
}
