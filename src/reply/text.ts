// Renders a reply as plain text for the console and the CLI; ANSI colours when asked.
import { citationLabel, type Citation, type Reply, type ReplyItem, type Span } from './model.ts';

export interface TextStyle {
  color: boolean;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', red: '\x1b[31m', reset: '\x1b[0m' };

export function renderText(reply: Reply, style: TextStyle = { color: false }): string {
  const paint = (code: string, s: string) => (style.color ? `${code}${s}${ANSI.reset}` : s);
  const out: string[] = [paint(reply.kind === 'error' ? ANSI.red : ANSI.bold, reply.title)];
  out.push(...reply.lines.map((l) => `  ${l}`));
  reply.items.forEach((item, i) => out.push('', ...renderItem(item, i + 1, paint)));
  if (reply.page && reply.page.count > 1) out.push('', paint(ANSI.dim, `Page ${reply.page.index + 1} of ${reply.page.count}`));
  if (reply.notes.length > 0) out.push('', ...reply.notes.map((n) => paint(ANSI.dim, n)));
  // The terminal has no attachments: name the files and how to get them.
  if (reply.files && reply.files.length > 0) out.push('', paint(ANSI.dim, `Files: ${reply.files.map((f) => f.name).join(', ')} (npm run cli -- … --format csv|md prints them).`));
  return out.join('\n');
}

type Paint = (code: string, s: string) => string;

function renderItem(item: ReplyItem, n: number, paint: Paint): string[] {
  const quote = item.excerpt.map((s: Span) => (s.emphasis ? paint(ANSI.bold, s.text) : s.text)).join('');
  const lines = [`${n}. ${item.speaker ? `${item.speaker}: ` : ''}“${quote}”`];
  if (item.note) lines.push(`   ${paint(ANSI.dim, item.note)}`);
  lines.push(`   ${paint(ANSI.cyan, `— ${describe(item.citation)}`)}`);
  for (const c of item.also ?? []) lines.push(`   ${paint(ANSI.cyan, `  also ${citationLabel(c)} (${c.title})`)}`);
  const via = (item.matched ?? []).filter((m) => m.via).map((m) => `${m.term} ← ${m.via}`);
  if (via.length > 0) lines.push(`   ${paint(ANSI.dim, `matched through: ${via.join(', ')}`)}`);
  return lines;
}

function describe(c: Citation): string {
  const parts = [citationLabel(c), c.title];
  if (c.outlet) parts.push(c.outlet);
  if (c.date) parts.push(c.date);
  if (c.url) parts.push(c.url);
  return parts.join(' · ');
}
