// Slack mrkdwn from text we did not write: `&`, `<`, `>` escaped (so a passage cannot mention or
// link anyone), matched words bold where Slack will render it, and cut to a limit with a visible "…".
// https://docs.slack.dev/messaging/formatting-message-text#escaping
import type { Span } from '../../reply/model.ts';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITY[c]!);
}

/** Escapes `text` and cuts it so the escaped form is at most `max` characters, ending in "…" when cut. */
export function fitMrkdwn(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  return `${cutEscaped(text, max - 1)}…`;
}

/** The longest escaped prefix of `text` (whole characters, never half an entity) within `room`. */
function cutEscaped(text: string, room: number): string {
  let out = '';
  for (const ch of text) {
    const piece = ENTITY[ch] ?? ch;
    if (out.length + piece.length > room) break;
    out += piece;
  }
  return out;
}

/** `*text*` when it can show as bold; Slack ignores markers inside a word or around spaces. */
export function boldMrkdwn(text: string): string {
  return text.includes('*') || text.trim() === '' ? escapeMrkdwn(text) : `*${escapeMrkdwn(text)}*`;
}

interface Piece {
  text: string;
  bold: boolean;
}

/**
 * Renders spans as a block quote (`>` on every line), matched spans in bold, within `max` characters.
 * A span is bolded only where Slack would honour the markers: not touching a letter or digit outside it.
 */
export function quoteMrkdwn(spans: readonly Span[], max: number): string {
  const pieces = toPieces(spans);
  let out = '> ';
  for (const [i, piece] of pieces.entries()) {
    const full = formatPiece(piece);
    const reserve = i < pieces.length - 1 ? 1 : 0;
    if (out.length + full.length + reserve <= max) {
      out += full;
      continue;
    }
    const room = max - out.length - 1 - (piece.bold ? 2 : 0);
    const cut = room > 0 ? cutEscaped(piece.text, room).trimEnd() : '';
    return `${out}${piece.bold && cut ? `*${cut}*` : cut}…`;
  }
  return out;
}

function formatPiece(piece: Piece): string {
  if (piece.text === '\n') return '\n> ';
  return piece.bold ? `*${escapeMrkdwn(piece.text)}*` : escapeMrkdwn(piece.text);
}

/** Splits spans into pieces: newlines on their own, bold runs trimmed of outer spaces, plain text between. */
function toPieces(spans: readonly Span[]): Piece[] {
  const flat = spans.flatMap((s) => s.text.split(/(\n)/).map((text) => ({ text, emphasis: s.emphasis === true })));
  const pieces: Piece[] = [];
  flat.forEach((s, i) => {
    if (s.text === '') return;
    const before = flat[i - 1]?.text.slice(-1) ?? '';
    const after = flat[i + 1]?.text.charAt(0) ?? '';
    if (!s.emphasis || s.text === '\n' || !canBold(s.text, before, after)) {
      pieces.push({ text: s.text, bold: false });
      return;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.text) ?? [];
    if (lead) pieces.push({ text: lead, bold: false });
    pieces.push({ text: core, bold: true });
    if (trail) pieces.push({ text: trail, bold: false });
  });
  return pieces;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function canBold(text: string, before: string, after: string): boolean {
  if (text.trim() === '' || /[*_~`]/.test(text)) return false;
  const touchesWordBefore = !/^\s/.test(text) && WORD_CHAR.test(before);
  const touchesWordAfter = !/\s$/.test(text) && WORD_CHAR.test(after);
  return !touchesWordBefore && !touchesWordAfter;
}

/**
 * A link to a URL we did not write, or the URL as plain text when it is not a plain http(s) address.
 * Characters that would end the `<url|label>` syntax early are percent-encoded.
 */
export function linkMrkdwn(url: string, label: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapeMrkdwn(url);
  const safe = url.replace(/[|<>]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safe}|${escapeMrkdwn(label)}>`;
}
