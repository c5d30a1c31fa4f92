// Discord markdown for text we did not write: escaped so it shows as typed, never as formatting, links,
// mentions, emoji, timestamps or subtext. Written here rather than with discord.js's escapeMarkdown, which
// leaves masked links past the first `[`, `-# ` subtext and `_…_` after a custom emoji or URL live, and
// takes time quadratic in the length.
// https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
import type { Span } from '../../reply/model.ts';

/**
 * A bare URL as Discord finds one (it links it, showing the address itself): left as written, since
 * an escape inside it would become part of the link. It is taken to end early at a character that could
 * open markup (`[`, `]`, `*`, `~`, `|`, a backtick): those are escaped even if Discord reads them as part of the
 * URL, which at worst breaks that rare link, never lets markup through. Whatever follows is escaped as usual.
 */
const BARE_URL = /https?:\/\/[^\s<\\[\]*~|`]*[^<.,:;"')\]\s\\[*~|`]/g;
/** Characters that format, link or mention wherever they stand: `<` opens mentions, emoji, timestamps and autolinks. */
const INLINE = /[\\*_~|`[\]<]/g;
/** What formats a whole line when it opens it: headings, `-# ` subtext, quotes, bullets (`-`, `+`), numbered lists. */
const LINE_START = /^([ \t]*)(#|-|\+|>|(\d+)\.(?=[ \t]|$))/gm;

/** Every character Discord would read as markdown is backslash-escaped (so it shows, and reads back, as typed). */
export function escapeText(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(BARE_URL)) {
    out += escapeInline(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  out += escapeInline(text.slice(at));
  return out.replace(LINE_START, (_, lead: string, mark: string, digits: string | undefined) =>
    digits !== undefined ? `${lead}${digits}\\.` : `${lead}\\${mark}`,
  );
}

function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`);
}

/** Inline code when the text allows it (code spans cannot contain a backtick), escaped text otherwise. */
export function code(text: string): string {
  return text.includes('`') || text.includes('\n') ? escapeText(text) : `\`${text}\``;
}

/** A masked link, when the URL is a plain http(s) address; the bare escaped label otherwise. */
export function link(label: string, url: string | null): string {
  const safe = url ? safeUrl(url) : null;
  const text = escapeText(label);
  return safe ? `[${text}](<${safe}>)` : text;
}

/** http(s) URLs only, with the characters that would end a markdown link (or escape its end) percent-encoded. */
export function safeUrl(url: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(url.trim())) return null;
  return url.trim().replace(/[()<>\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Prefixes each line with `> `, so the whole text shows as one block quote. */
export function blockQuote(markdown: string): string {
  return markdown
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

/**
 * Renders excerpt spans: escaped, emphasised runs in bold. Bold markers go inside the run's
 * outer spaces, since `** word**` does not render as bold.
 */
export function spansMarkdown(spans: readonly Span[]): string {
  return mergeRuns(spans)
    .map((s) => {
      if (!s.emphasis || s.text.trim() === '') return escapeText(s.text);
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.text)!;
      return `${lead}**${escapeText(core!)}**${trail}`;
    })
    .join('');
}

/** Joins neighbouring spans of the same emphasis, so two bold words in a row make one bold run. */
function mergeRuns(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && Boolean(last.emphasis) === Boolean(s.emphasis)) last.text += s.text;
    else out.push({ text: s.text, emphasis: Boolean(s.emphasis) });
  }
  return out;
}

/** The first `n` characters of the spans' text, keeping each character's emphasis. */
export function takeSpans(spans: readonly Span[], n: number): Span[] {
  const out: Span[] = [];
  let left = n;
  for (const s of spans) {
    if (left <= 0) break;
    out.push({ text: s.text.slice(0, left), emphasis: Boolean(s.emphasis) });
    left -= s.text.length;
  }
  return out;
}
