// Shortens text to a platform limit visibly: a cut ends in `…`, at a word boundary when one is near.

const ELLIPSIS = '…';
/** How far back a cut may move to land between words instead of inside one. */
const WORD_SLACK = 24;

/** `text` if it fits in `max` characters, else its longest prefix that does, ending in `…`. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  return `${cutAt(text, max - ELLIPSIS.length)}${ELLIPSIS}`.slice(0, max);
}

/** As clampText, for a field shown on one line (a title, a name, a note): line breaks in it become spaces. */
export function clampLine(text: string, max: number): string {
  return clampText(text.replace(/[^\S\n]*[\r\n\u2028\u2029][\s]*/g, ' '), max);
}

/** The first `n` characters of `text`, moved back to a word boundary when one is within reach. */
export function cutAt(text: string, n: number): string {
  if (n <= 0) return '';
  let head = text.slice(0, n);
  // Never split a surrogate pair: half an emoji is a broken character on screen.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  if (n >= text.length || /\s/.test(text.charAt(n))) return head.trimEnd();
  const space = head.search(/\s\S*$/);
  return space > 0 && head.length - space <= WORD_SLACK ? head.slice(0, space).trimEnd() : head;
}

/** Keeps whole lines while they fit in `max` (joined by newlines); says how many were left out. */
export function clampLines(lines: readonly string[], max: number, more: (n: number) => string): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i - 1;
    const tail = left > 0 ? more(left).length + 1 : 0;
    const cost = line.length + (kept.length > 0 ? 1 : 0);
    if (used + cost + tail > max) return [...kept, more(lines.length - i)].join('\n').slice(0, max);
    kept.push(line);
    used += cost;
  }
  return kept.join('\n');
}
