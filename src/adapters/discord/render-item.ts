// One answer as an embed description: the excerpt as a block quote with matched words in bold,
// then its citation (file:line, title, outlet, link), other places it appears, and why it matched.
import { citationLabel, excerptText, type Citation, type MatchedTerm, type ReplyItem, type Span } from '../../reply/model.ts';
import { clampLine, clampText, cutAt } from './clamp.ts';
import { blockQuote, code, escapeText, link, spansMarkdown, takeSpans } from './markdown.ts';

/** Caps on the parts we add around an excerpt, so the excerpt keeps most of the room. */
const PART = { speaker: 100, note: 200, title: 200, outlet: 80, date: 40, heading: 100, source: 120, also: 5, matched: 8 } as const;

export function itemDescription(item: ReplyItem, budget: number): string {
  const head = item.speaker ? `**${escapeText(clampLine(item.speaker, PART.speaker))}**` : null;
  const around = aroundLines(item, head, Math.floor(budget / 2));
  const room = budget - around.reduce((n, l) => n + l.length + 1, 0);
  const quote = quoteExcerpt(item.excerpt, room);
  const parts = head ? [head, quote, ...around.slice(1)] : [quote, ...around];
  return clampText(parts.join('\n'), budget);
}

/**
 * The lines around the excerpt within `max` characters: when room is short, why it matched goes
 * first, then the other places, then the citation shrinks to `file:line`. Nothing of ours is cut in
 * the middle (half a link or an unclosed `*` would show as stray marks).
 */
function aroundLines(item: ReplyItem, head: string | null, max: number): string[] {
  const c = item.citation;
  const note = item.note?.trim() ? escapeText(clampLine(item.note.trim(), PART.note)) : null;
  const options = [
    [note, citationLine(c), alsoLine(item.also ?? []), matchedLine(item.matched ?? [])],
    [note, citationLine(c), alsoLine(item.also ?? [])],
    [note, citationLine(c)],
    [citationLine(c)],
    [`— ${code(clampLine(citationLabel(c), PART.source))}`],
  ];
  const lines = (ls: (string | null)[]) => [head, ...ls].filter((l): l is string => l !== null);
  const fits = options.map(lines).find((ls) => ls.reduce((n, l) => n + l.length + 1, 0) <= max);
  return fits ?? lines(options[options.length - 1]!);
}

/** The excerpt as a block quote, cut (with `…`, between words) to fit `budget` once rendered. */
export function quoteExcerpt(spans: readonly Span[], budget: number): string {
  const plain = excerptText(spans);
  if (plain.trim() === '') return blockQuote('*(empty passage)*');
  const render = (k: number) =>
    blockQuote(spansMarkdown(k >= plain.length ? spans : [...takeSpans(spans, k), { text: '…' }]));
  if (plain.length <= budget) {
    const whole = render(plain.length);
    if (whole.length <= budget) return whole;
  }
  // Rendering only adds characters (escapes, bold markers, quote prefixes), so at most `budget` raw
  // characters can fit, and each one dropped shortens the rendering by at least one: a cut that
  // overshoots by n fits once n more are dropped: a few renders instead of a search.
  let k = Math.min(plain.length - 1, budget);
  for (let tries = 0; tries < 3; tries++) {
    k = cutAt(plain, k).length;
    const out = render(k);
    if (out.length <= budget) return out;
    k -= out.length - budget;
  }
  return render(0);
}

function citationLine(c: Citation): string {
  const parts = [code(clampLine(citationLabel(c), PART.source)), link(clampLine(c.title, PART.title), c.url)];
  if (c.outlet) parts.push(escapeText(clampLine(c.outlet, PART.outlet)));
  if (c.date) parts.push(escapeText(clampLine(c.date, PART.date)));
  if (c.heading) parts.push(`§ ${escapeText(clampLine(c.heading, PART.heading))}`);
  return `— ${parts.join(' · ')}`;
}

function alsoLine(also: readonly Citation[]): string | null {
  if (also.length === 0) return null;
  const shown = also.slice(0, PART.also).map((c) => code(clampLine(citationLabel(c), PART.source)));
  const more = also.length - shown.length;
  return `Also in ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function matchedLine(matched: readonly MatchedTerm[]): string | null {
  const via = matched.filter((m) => m.via);
  if (via.length === 0) return null;
  const shown = via.slice(0, PART.matched).map((m) => `${escapeText(clampLine(m.term, 40))} ← ${escapeText(clampLine(m.via!, 40))}`);
  const more = via.length - shown.length;
  return `*Matched through: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}*`;
}
