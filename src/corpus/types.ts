// The shapes every other module reads: an article, its passages, and the loaded corpus.

/** One indexed paragraph: verbatim text of `source`, starting on 1-based `line`. */
export interface Passage {
  /** File name relative to the data folder, e.g. `004_3b56368eeda39e8c.txt`. */
  source: string;
  /** 1-based line in the original file on which the paragraph starts. */
  line: number;
  /** The nearest heading above the paragraph, if any. */
  heading: string | null;
  /** The article's title. */
  title: string;
  /**
   * The paragraph's text. Verbatim: lines of a hard-wrapped paragraph are joined with one
   * space, a bullet marker is left out, and nothing else is changed.
   */
  text: string;
  /**
   * Other places where the same text appears word for word (syndicated copy carried by several
   * files): the passage is indexed once, here, and cited with each of these too.
   */
  also?: Place[];
}

/** A place in a file: its path relative to the data folder and a 1-based line. */
export interface Place {
  source: string;
  line: number;
}

export interface Article {
  source: string;
  title: string;
  outlet: string | null;
  url: string | null;
  date: string | null;
  passages: Passage[];
}

export interface Corpus {
  articles: Article[];
  /** All passages of all articles, in file then line order. */
  passages: Passage[];
}
