// Splits a typed command line (`/ask private who said it?`) into name, private flag and the rest.

export interface ParsedLine {
  name: string;
  rest: string;
  /** The user asked for a private answer (`private` as first or last word, or `--private`). */
  private: boolean;
}

const PRIVATE_WORD = /^(?:--)?private(?::(?:true|yes))?$/i;
const PRIVATE_FLAG = /^(?:--private|private:(?:true|yes))$/i;

export function parseCommandText(line: string): ParsedLine | null {
  const m = /^\s*\/?([a-z][\w-]*)(?:\s+([\s\S]*))?$/i.exec(line.trim());
  if (!m) return null;
  const { text, isPrivate } = takePrivateFlag(m[2] ?? '');
  return { name: m[1]!.toLowerCase(), rest: text, private: isPrivate };
}

/** Removes a `private` flag from the start or end of command text. */
export function takePrivateFlag(text: string): { text: string; isPrivate: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let isPrivate = false;
  if (words.length > 0 && PRIVATE_WORD.test(words[0]!)) {
    words.shift();
    isPrivate = true;
  }
  // At the end only the explicit forms count: "what was kept private" is a question.
  if (words.length > 0 && PRIVATE_FLAG.test(words[words.length - 1]!)) {
    words.pop();
    isPrivate = true;
  }
  return { text: words.join(' '), isPrivate };
}
