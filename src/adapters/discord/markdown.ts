// Discord markdown for text we did not write: escaped so it shows as typed, never as formatting or links.
import { escapeMarkdown } from 'discord.js';
import type { Span } from '../../reply/model.ts';

/** Escapes every markdown construct Discord renders, including headings, lists and masked links. */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  // A line opening with `>` would turn into a quote of its own.
  return escaped.replace(/^>/gm, '\\>');
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
