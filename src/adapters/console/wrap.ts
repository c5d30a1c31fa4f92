// Wraps the console's answers to the terminal's width at spaces, continuing a line under its own
// indentation (an item's text under its number), so a long passage does not run off the screen.

// The colour codes renderText adds take no room on screen.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const visible = (s: string): number => s.replace(ANSI, '').length;

/** `text` with every line longer than `width` visible characters broken at spaces; a longer word stays whole. */
export function wrapLines(text: string, width: number): string {
  if (!(width > 10)) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (visible(line) <= width) return line;
  const plain = line.replace(ANSI, '');
  const indent = ' '.repeat((/^\s*(?:\d+\.\s)?/.exec(plain)?.[0] ?? '').length);
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/(?<=\S) (?=\S)/)) {
    if (current !== '' && visible(current) + 1 + visible(word) > width) {
      out.push(current);
      current = indent + word.trimStart();
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push(current);
  return out.join('\n');
}
