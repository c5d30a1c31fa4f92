// Discord markdown for text we did not write: escaped so it shows as typed, never as formatting or links.
import { escapeMarkdown } from 'discord.js';
import type { Span } from '../../reply/model.ts';

/** Escapes every markdown construct Discord renders, including headings, lists and masked links. */
export function escapeText(text: string): string {
  // escapeMarkdown's inline rules look only at neighbouring characters, but its italic rule takes
  // time quadratic in the length (70 ms for 4000 characters); applied piece by piece, split at
  // whitespace, they give the same escapes in linear time. Line-level rules need the whole text.
  const inline = pieces(text)
    .map((p) => escapeMarkdown(p, { heading: false, bulletedList: false, numberedList: false, maskedLink: false }))
    .join('');
  const lines = escapeMarkdown(inline, {
    ...NO_INLINE,
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  // A line opening with `>` would turn into a quote of its own.
  return lines.replace(/^>/gm, '\\>');
}

const NO_INLINE = {
  codeBlock: false,
  inlineCode: false,
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  spoiler: false,
  escape: false,
} as const;

const PIECE = 200;

/** `text` in pieces of about PIECE characters, each ending in whitespace where there is some. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      let ws = end;
      while (ws > start && !/\s/.test(text.charAt(ws - 1))) ws--;
      if (ws > start) end = ws;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** Inline code when the text allows it (code spans cannot contain a backtick), escaped text otherwise. */
export function code(text: string): string {
  return text.includes('`') || text.includes('\n') ? escapeText(text) : `\`${text}\``;
}

/** A masked link, when the URL is a plain http(s) address; the bare escaped label otherwise. */
export function link(label: string, url: string | null): string {
  const safe = url ? safeUrl(url) : null;
  const text = escapeText(label).replace(/[[\]]/g, (c) => `\\${c}`);
  return safe ? `[${text}](<${safe}>)` : text;
}

/** http(s) URLs only, with the characters that would end a markdown link percent-encoded. */
export function safeUrl(url: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(url.trim())) return null;
  return url.trim().replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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
