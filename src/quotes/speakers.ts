// Normalises speakers: a person's canonical name is the fullest form of their name in the corpus
// (`Sheinbaum` → `Claudia Sheinbaum`), preferring the article's own full names; organisations and
// unnamed sources keep the words the text uses (`a senior Trump administration official`).
import { familyKey, fold } from './fold.ts';
import type { CorpusKnowledge } from './knowledge.ts';
import type { Mention } from './mentions.ts';

export type SpeakerKind = 'person' | 'org' | 'unnamed';

export interface SpeakerRecord {
  key: string;
  kind: SpeakerKind;
  /** Canonical name, shown to users. */
  name: string;
  /** Every form the text used for this speaker, as written (`Sheinbaum`, `Claudia Sheinbaum`). */
  forms: Set<string>;
}

const LEADING_DETERMINER = /^(?:a|an|the|one|another)\s+/i;

export class SpeakerDirectory {
  readonly #know: CorpusKnowledge;
  readonly #records = new Map<string, SpeakerRecord>();
  readonly #displays = new Map<string, Map<string, number>>();

  constructor(know: CorpusKnowledge) {
    this.#know = know;
  }

  /** The speaker key for a resolved mention in `source`, recording its forms. */
  identify(m: Mention, source: string): string {
    if (m.kind === 'person') {
      const full = this.#fullestName(m.name, source, titleGender(m.roles ?? [])).join(' ');
      return this.#record(`p:${fold(full)}`, 'person', full, m.name.join(' '));
    }
    const kind = m.kind === 'org' ? 'org' : 'unnamed';
    return this.#record(`s:${fold(m.text.replace(LEADING_DETERMINER, ''))}`, kind, m.text, m.text);
  }

  get(key: string): SpeakerRecord | undefined {
    return this.#records.get(key);
  }

  #record(key: string, kind: SpeakerKind, display: string, form: string): string {
    const counts = this.#displays.get(key) ?? new Map<string, number>();
    counts.set(display, (counts.get(display) ?? 0) + 1);
    this.#displays.set(key, counts);
    const record = this.#records.get(key) ?? { key, kind, name: display, forms: new Set<string>() };
    record.forms.add(form);
    record.name = bestDisplay(counts);
    this.#records.set(key, record);
    return key;
  }

  /**
   * The longest full name containing these words (same article first); the words themselves when
   * none or several disagree. A title's gender (`Mr. Obama`) rules out the article's names of the
   * other gender (Michelle Obama). Corpus-wide answers are remembered: each costs a scan of every
   * full name with that surname, and the same short names come back quote after quote.
   */
  #fullestName(name: readonly string[], source: string, gender: 'm' | 'f' | undefined): string[] {
    let current = [...name];
    const fits = (words: readonly string[]) => !gender || (this.#know.genderOf(source, fold(words.join(' '))) ?? gender) === gender;
    for (let round = 0; round < 3; round++) {
      const local = fuller(current, this.#names(source), fits);
      const longer = local === undefined ? (gender ? fuller(current, this.#corpusWith(current), fits) : this.#corpusFuller(current)) : local;
      if (!longer || longer.length <= current.length) return current;
      current = longer;
    }
    return current;
  }

  readonly #corpusAnswers = new Map<string, string[] | null | undefined>();

  #corpusFuller(name: readonly string[]): string[] | null | undefined {
    const key = name.map(fold).join(' ');
    if (!this.#corpusAnswers.has(key)) this.#corpusAnswers.set(key, fuller(name, this.#corpusWith(name), () => true));
    return this.#corpusAnswers.get(key);
  }

  /** Per surname, the corpus's full names that hold each folded word, in the order of `#names(null)`. */
  readonly #byWord = new Map<string, Map<string, FoldedName[]>>();

  /**
   * The corpus's full names under the name's surname that hold all of its words: those of its word
   * with the fewest (a full name must hold every word; each distinct name is asked about once, and
   * scanning every name of a common surname for each made the corpus-wide step quadratic).
   */
  #corpusWith(name: readonly string[]): Map<string, FoldedName[]> {
    const family = familyKey(name);
    const all = this.#names(null).get(family) ?? [];
    let words = this.#byWord.get(family);
    if (!words) {
      words = new Map();
      for (const n of all) for (const w of new Set(n.folded)) (words.get(w) ?? words.set(w, []).get(w)!).push(n);
      this.#byWord.set(family, words);
    }
    let fewest = all;
    for (const w of name.map(fold)) {
      const holding = words.get(w) ?? [];
      if (holding.length < fewest.length) fewest = holding;
    }
    return new Map([[family, fewest]]);
  }

  readonly #index = new Map<string | null, Map<string, FoldedName[]>>();

  /** Full names of an article (or of the corpus, for null), folded once and grouped by surname. */
  #names(source: string | null): Map<string, FoldedName[]> {
    let index = this.#index.get(source);
    if (!index) {
      const names = source === null ? [...this.#know.fullNames.values()].flat() : (this.#know.fullNames.get(source) ?? []);
      index = new Map();
      const seen = new Set<string>();
      for (const words of names) {
        if (seen.has(words.join(' '))) continue;
        seen.add(words.join(' '));
        const f = words.map(fold);
        const key = familyKey(words);
        const list = index.get(key) ?? [];
        list.push({ words, folded: f });
        index.set(key, list);
      }
      this.#index.set(source, index);
    }
    return index;
  }
}

interface FoldedName {
  words: string[];
  folded: string[];
}

/** The single longest name that contains `name` (same last word); undefined if none, null if ambiguous. */
function fuller(name: readonly string[], names: ReadonlyMap<string, FoldedName[]>, fits: (words: readonly string[]) => boolean): string[] | null | undefined {
  const want = name.map(fold);
  const family = familyKey(name);
  const matches = (names.get(family) ?? []).filter((n) => n.words.length > name.length && familyKey(n.words) === family && inOrder(n.folded, want) && fits(n.words));
  if (matches.length === 0) return undefined;
  const longest = Math.max(...matches.map((n) => n.words.length));
  const top = matches.filter((n) => n.words.length === longest);
  return new Set(top.map((n) => n.folded.join(' '))).size === 1 ? top[0]!.words : null;
}

const TITLE_GENDER: Readonly<Record<string, 'm' | 'f'>> = { mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f' };

/** The gender a title says (`Mr.`, `Mrs.`, `Ms.`), if any. */
function titleGender(roles: readonly string[]): 'm' | 'f' | undefined {
  return roles.map((r) => TITLE_GENDER[r]).find((g) => g !== undefined);
}

/** `want` appears in `full` in order (`Ong` in `Ong Mei-lin`, `Claudia Sheinbaum` in `Claudia Sheinbaum Pardo`). */
function inOrder(full: readonly string[], want: readonly string[]): boolean {
  let k = 0;
  for (const w of full) if (w === want[k]) k++;
  return k === want.length;
}

/** Among spellings of one name: the accented one (`Núñez` over `Nunez`), then the most frequent. */
function bestDisplay(counts: ReadonlyMap<string, number>): string {
  const accents = (s: string) => s.normalize('NFD').replace(/[^\p{M}]/gu, '').length;
  return [...counts].sort((a, b) => accents(b[0]) - accents(a[0]) || b[1] - a[1])[0]![0];
}
