// Marks each block element of a saved web page with the line of the file its opening tag sits on,
// so a paragraph read from the page's DOM is cited at its place in the original file.

/** The attribute that carries the line; no page uses it for anything else. */
export const LINE_ATTRIBUTE = 'data-coverage-bot-line';

/** Elements that hold a paragraph, a heading, a list item or a caption: what becomes a passage. */
export const BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'dt', 'dd', 'td', 'th', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside'];

const OPENING = new RegExp(`<(${BLOCK_TAGS.join('|')})(?=[\\s/>])`, 'giu');
/** Script, style and comments hold no markup: a `<p` inside them is text, not a tag. */
const OPAQUE = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/giu;

/** The page with `data-coverage-bot-line="N"` added to every block element's opening tag. */
export function markLines(html: string): string {
  const opaque = [...html.matchAll(OPAQUE)].map((m) => [m.index, m.index + m[0].length] as const);
  let line = 1;
  let counted = 0;
  let next = 0;
  return html.replace(OPENING, (tag: string, _name: string, at: number) => {
    while (next < opaque.length && opaque[next]![1] <= at) next++;
    if (next < opaque.length && opaque[next]![0] <= at) return tag;
    line += countNewlines(html, counted, at);
    counted = at;
    return `${tag} ${LINE_ATTRIBUTE}="${line}"`;
  });
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
