// Finds table names (one to three words: `Caracas`, `Mexico City`, `TV channel`; offices' longer) in a question.
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';

export interface NameMatch<T> {
  /** What the table holds for the name. */
  value: T;
  /** Index of the name's first token in the question. */
  at: number;
  length: number;
}

/** Folded name key: lower case, no accents, apostrophes and dots dropped, single spaces. */
export function nameKey(name: string): string {
  return fold(name).replace(/['’.]/g, '').replace(/[\s-]+/g, ' ').trim();
}

/** Longest names first (of at most `longest` words), left to right, not overlapping. */
export function namesIn<T>(tokens: readonly Token[], table: ReadonlyMap<string, T>, longest = 3): NameMatch<T>[] {
  const found: NameMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = longest; n >= 1; n--) {
      const run = tokens.slice(i, i + n);
      if (run.length < n) continue;
      const value = table.get(nameKey(run.map((t) => t.text).join(' ')));
      if (value !== undefined) {
        found.push({ value, at: i, length: n });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
