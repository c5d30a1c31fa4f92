// Classifies one raw line: blank, Markdown heading, underline/rule, bullet item, or plain text.

export type LineToken =
  | { kind: 'blank' }
  | { kind: 'rule' }
  | { kind: 'underline'; char: '=' | '-' }
  | { kind: 'heading'; text: string }
  | { kind: 'bullet'; text: string; indent: number; numbered: boolean; line: string }
  | { kind: 'table-row'; text: string }
  | { kind: 'plain'; text: string; indent: number };

const ATX = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u;
const UNDERLINE = /^\s{0,3}(={2,}|-{2,})\s*$/u;
/** `-`, `*`, `+`, `•` and similar marks, or `1.` / `1)`, then the item's text. */
const BULLET = /^(\s*)(?:[-*+‣◦▪▫●○■□►]\s+|•\s*|(\d{1,3}[.)])\s+)(\S.*)$/u;
/** Markup that carries no prose: HTML tags or comments, Markdown images. */
const MARKUP_ONLY = /^(?:<\/?[a-z!][^>]*>\s*)+$|^!\[[^\]]*\]\([^)]*\)$/iu;

/** A Markdown table row, `| Volume of debris | about 300,000 m³ |`, and the rule under its header. */
const TABLE_ROW = /^\s*\|.*\|\s*$/u;
export const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;

/** Lines that start with a letter or an opening quote are plain text: no markup test can match them. */
const PLAIN_START = /^[A-Za-z"“‘']/;

export function classifyLine(raw: string): LineToken {
  if (PLAIN_START.test(raw)) return { kind: 'plain', text: raw.trim(), indent: 0 };
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  const underline = UNDERLINE.exec(raw);
  if (underline) return { kind: 'underline', char: underline[1]!.startsWith('=') ? '=' : '-' };
  if (!/[\p{L}\p{N}]/u.test(text) || MARKUP_ONLY.test(text)) return { kind: 'rule' };
  if (TABLE_ROW.test(raw)) return { kind: 'table-row', text };
  const atx = ATX.exec(raw);
  if (atx) return { kind: 'heading', text: atx[1]!.trim() };
  const indent = raw.length - raw.trimStart().length;
  const bullet = BULLET.exec(raw);
  if (bullet) return { kind: 'bullet', text: bullet[3]!.trim(), indent, numbered: bullet[2] !== undefined, line: text };
  return { kind: 'plain', text, indent };
}
